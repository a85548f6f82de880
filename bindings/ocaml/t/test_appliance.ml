(* End to end in a real appliance (qemu, the kernel, guestfsd): launch
   from another thread while this one keeps running OCaml, partition,
   make a filesystem, mount, write, read back, stat, close. *)

open Tap

(* A real launch under TCG takes a few seconds; this bounds a broken one. *)
let launch_timeout = 300

let () =
  let g = Guestfs.create () in
  let events = ref [] in
  ignore
    (Guestfs.set_event_callback g
       (fun ev _ buf _ -> events := (ev, buf) :: !events)
       [ Guestfs.EVENT_LAUNCH_DONE; Guestfs.EVENT_CLOSE;
         Guestfs.EVENT_SUBPROCESS_QUIT ]);
  let count ev = List.length (List.filter (fun (e, _) -> e = ev) !events) in
  test "launch releases the runtime lock" (fun () ->
      Guestfs.set_backend g "direct";
      Guestfs.set_backend_settings g
        (Array.append (Guestfs.get_backend_settings g)
           [| Printf.sprintf "launch_timeout=%d" launch_timeout |]);
      Guestfs.add_drive_scratch g (Int64.of_int (512 * 1024 * 1024));
      let failure = ref None in
      let t =
        Thread.create
          (fun () -> try Guestfs.launch g with e -> failure := Some e)
          ()
      in
      let ticks = ref 0 in
      let finished = ref false in
      let m = Mutex.create () in
      let waiter = Thread.create (fun () -> Thread.join t; Mutex.lock m; finished := true; Mutex.unlock m) () in
      let rec loop () =
        Mutex.lock m;
        let f = !finished in
        Mutex.unlock m;
        if not f then (
          incr ticks;
          Thread.delay 0.01;
          loop ())
      in
      loop ();
      Thread.join waiter;
      Option.iter raise !failure;
      check "this thread ran during the launch" (!ticks > 0);
      check "ready" (Guestfs.is_ready g);
      check_eq "launch_done" string_of_int 1 (count Guestfs.EVENT_LAUNCH_DONE));
  test "partition, mkfs, mount" (fun () ->
      check "devices" (Guestfs.list_devices g = [| "/dev/sda" |]);
      Guestfs.part_disk g "/dev/sda" "mbr";
      Guestfs.mkfs g ~label:"OCAML" "ext4" "/dev/sda1";
      Guestfs.mount g "/dev/sda1" "/";
      check "list_filesystems" (List.mem ("/dev/sda1", "ext4") (Guestfs.list_filesystems g));
      check_eq "label" id "OCAML" (Guestfs.vfs_label g "/dev/sda1");
      let parts = Guestfs.part_list g "/dev/sda" in
      check_eq "partitions" string_of_int 1 (Array.length parts);
      check_eq "part_num" Int32.to_string 1l parts.(0).Guestfs.part_num);
  test "write, read back, stat" (fun () ->
      let data = "hello\000world\n" in
      Guestfs.write g "/hello" data;
      check_eq "read_file" String.escaped data (Guestfs.read_file g "/hello");
      let s = Guestfs.statns g "/hello" in
      check_eq "st_size" Int64.to_string (Int64.of_int (String.length data)) s.Guestfs.st_size;
      check "is_file" (Guestfs.is_file g "/hello");
      check "is_dir" (Guestfs.is_dir g ~followsymlinks:true "/");
      check "ls" (Array.mem "hello" (Guestfs.ls g "/"));
      raises "missing file" guestfs_error (fun () -> Guestfs.cat g "/nonexistent");
      check "usable after the error" (Guestfs.exists g "/hello"));
  test "umount, shutdown, close" (fun () ->
      Guestfs.umount g ~force:false "/";
      Guestfs.shutdown g;
      check_eq "subprocess_quit" string_of_int 1 (count Guestfs.EVENT_SUBPROCESS_QUIT);
      Guestfs.close g;
      check_eq "close" string_of_int 1 (count Guestfs.EVENT_CLOSE));
  finish ()
