(* Event callbacks: delivery, arguments, deletion, messages, progress
   from the real daemon, and exceptions raised in callbacks. *)

open Tap

exception Boom of string

let recorder () =
  let seen = ref [] in
  let cb ev _eh buf array = seen := (ev, buf, array) :: !seen in
  (seen, cb)

let bufs seen ev = List.rev !seen |> List.filter (fun (e, _, _) -> e = ev) |> List.map (fun (_, b, _) -> b)

let contains s sub =
  let n = String.length sub in
  let rec go i = i + n <= String.length s && (String.sub s i n = sub || go (i + 1)) in
  go 0

(* guestfsd in host mode, for a launch with the unix: backend. *)
let with_daemon f =
  let dir = Filename.concat (Filename.get_temp_dir_name ()) (Printf.sprintf "guestfs-ocaml-%d" (Unix.getpid ())) in
  Unix.mkdir dir 0o700;
  let sock = Filename.concat dir "sock" in
  let pid =
    Unix.create_process "guestfsd"
      [| "guestfsd"; "--listen"; sock; "--sysroot"; Filename.concat dir "sysroot" |]
      Unix.stdin Unix.stderr Unix.stderr
  in
  let rec wait n =
    if not (Sys.file_exists sock) then
      if n = 0 then failwith "guestfsd did not create its socket"
      else (
        Unix.sleepf 0.05;
        wait (n - 1))
  in
  Fun.protect
    ~finally:(fun () ->
      Unix.kill pid Sys.sigkill;
      ignore (Unix.waitpid [] pid);
      ignore (Sys.command ("rm -rf " ^ Filename.quote dir)))
    (fun () ->
      wait 600;
      f ("unix:" ^ sock))

let () =
  test "close event runs once, at close" (fun () ->
      let g = Guestfs.create () in
      let seen, cb = recorder () in
      ignore (Guestfs.set_event_callback g cb [ Guestfs.EVENT_CLOSE ]);
      Guestfs.close g;
      Guestfs.close g;
      check_eq "close events" string_of_int 1 (List.length !seen);
      let ev, buf, array = List.hd !seen in
      check "event" (ev = Guestfs.EVENT_CLOSE);
      check "buf" (buf = "");
      check "array" (array = [||]));

  test "enter event names the call; delete_event_callback" (fun () ->
      let g = Guestfs.create () in
      let seen, cb = recorder () in
      let eh = Guestfs.set_event_callback g cb [ Guestfs.EVENT_ENTER ] in
      ignore (Guestfs.internal_test_rint g "1");
      check "enter" (bufs seen Guestfs.EVENT_ENTER = [ "internal_test_rint" ]);
      Guestfs.delete_event_callback g eh;
      ignore (Guestfs.internal_test_rint g "1");
      check_eq "after delete" string_of_int 1 (List.length !seen);
      Guestfs.close g);

  test "a callback deletes itself and calls its handle" (fun () ->
      let g = Guestfs.create () in
      let calls = ref [] in
      let eh = ref None in
      eh :=
        Some
          (Guestfs.set_event_callback g
             (fun _ _ buf _ ->
               (* Not for its own calls, which fire ENTER too. *)
               if buf = "internal_test_rint" then (
                 Option.iter (Guestfs.delete_event_callback g) !eh;
                 calls := Guestfs.get_memsize g :: !calls))
             [ Guestfs.EVENT_ENTER ]);
      ignore (Guestfs.internal_test_rint g "1");
      ignore (Guestfs.internal_test_rint g "1");
      check "once" (!calls = [ Guestfs.get_memsize g ]);
      Guestfs.close g);

  test "log messages: library and trace events" (fun () ->
      let g = Guestfs.create () in
      let seen, cb = recorder () in
      ignore (Guestfs.set_event_callback g cb [ Guestfs.EVENT_LIBRARY; Guestfs.EVENT_TRACE ]);
      Guestfs.set_verbose g true;
      Guestfs.set_trace g true;
      Guestfs.add_drive g ~readonly:true "/dev/null";
      ignore (Guestfs.internal_test_rint g "7");
      let lib = bufs seen Guestfs.EVENT_LIBRARY in
      check "library message" (List.exists (fun m -> contains m "add_drive: /dev/null") lib);
      let trace = bufs seen Guestfs.EVENT_TRACE in
      check "trace call" (List.mem "internal_test_rint \"7\"" trace);
      check "trace result" (List.mem "internal_test_rint = 7" trace);
      Guestfs.close g);

  test "progress events from the daemon" (fun () ->
      with_daemon (fun backend ->
          let g = Guestfs.create () in
          let seen, cb = recorder () in
          ignore (Guestfs.set_event_callback g cb [ Guestfs.EVENT_PROGRESS ]);
          Guestfs.set_backend g backend;
          Guestfs.launch g;
          ignore (Guestfs.debug g "progress" [| "3" |]);
          Guestfs.close g;
          let arrays = List.rev_map (fun (_, _, a) -> a) !seen in
          check "several" (List.length arrays >= 2);
          List.iter
            (fun a ->
              check "four numbers" (Array.length a = 4);
              check "proc_nr" (a.(0) = 69L);
              check "position <= total" (a.(2) <= a.(3)))
            arrays;
          let last = List.nth arrays (List.length arrays - 1) in
          check "complete" (last.(2) = last.(3))));

  test "an exception in a callback is raised by the call that fired it" (fun () ->
      let g = Guestfs.create () in
      let eh =
        Guestfs.set_event_callback g (fun _ _ _ _ -> raise (Boom "in callback")) [ Guestfs.EVENT_ENTER ]
      in
      raises "call" (function Boom "in callback" -> true | _ -> false) (fun () ->
          Guestfs.set_memsize g 900);
      Guestfs.delete_event_callback g eh;
      (* The call itself completed. *)
      check_eq "memsize set" string_of_int 900 (Guestfs.get_memsize g);
      Guestfs.close g);

  test "a callback exception wins over the call's own error" (fun () ->
      let g = Guestfs.create () in
      ignore (Guestfs.set_event_callback g (fun _ _ _ _ -> raise (Boom "x")) [ Guestfs.EVENT_ENTER ]);
      raises "call" (function Boom "x" -> true | _ -> false) (fun () ->
          Guestfs.internal_test_rinterr g);
      Guestfs.close g);

  test "an exception in the close callback is raised by close" (fun () ->
      let g = Guestfs.create () in
      ignore (Guestfs.set_event_callback g (fun _ _ _ _ -> raise (Boom "close")) [ Guestfs.EVENT_CLOSE ]);
      raises "close" (function Boom "close" -> true | _ -> false) (fun () -> Guestfs.close g);
      raises "closed" (function Guestfs.Handle_closed _ -> true | _ -> false) (fun () ->
          Guestfs.get_memsize g));

  test "close and daemon calls from a callback are refused" (fun () ->
      let g = Guestfs.create () in
      let errors = ref [] in
      let try_ f = try f () with Guestfs.Error m -> errors := m :: !errors in
      ignore
        (Guestfs.set_event_callback g
           (fun _ _ buf _ ->
             if buf = "internal_test_rint" then (
               try_ (fun () -> Guestfs.close g);
               try_ (fun () -> Guestfs.launch g)))
           [ Guestfs.EVENT_ENTER ]);
      ignore (Guestfs.internal_test_rint g "1");
      check "close refused" (List.mem "close: cannot be called from a callback" !errors);
      check "launch refused"
        (List.exists (fun m -> contains m "launch: cannot be called from a callback") !errors);
      check_eq "still open" string_of_int 2 (Guestfs.internal_test_rint g "2");
      Guestfs.close g);

  finish ()
