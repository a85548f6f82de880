(* Threads: several handles in several threads at once, and one handle
   shared by several threads, each call getting its own result and its
   own error message. *)

open Tap

let hammer g i =
  for n = 1 to 200 do
    let v = (i * 1000) + n in
    check_eq "rint" string_of_int v (Guestfs.internal_test_rint g (string_of_int v));
    raises "rinterr"
      (function Guestfs.Error "internal_test_rinterr: error" -> true | _ -> false)
      (fun () -> Guestfs.internal_test_rinterr g);
    check_eq "rstring" Fun.id (string_of_int v) (Guestfs.internal_test_rstring g (string_of_int v))
  done

let in_threads n f =
  let failures = Array.make n None in
  let ts = List.init n (fun i -> Thread.create (fun () -> try f i with e -> failures.(i) <- Some e) ()) in
  List.iter Thread.join ts;
  Array.iter (Option.iter raise) failures

let () =
  test "a handle per thread" (fun () ->
      in_threads 4 (fun i ->
          let g = Guestfs.create () in
          hammer g i;
          Guestfs.close g));
  test "one handle shared by several threads" (fun () ->
      let g = Guestfs.create () in
      in_threads 4 (hammer g);
      Guestfs.close g);
  test "events fire in the calling thread" (fun () ->
      let g = Guestfs.create () in
      let wrong = ref 0 in
      let owner = ref (-1) in
      ignore
        (Guestfs.set_event_callback g
           (fun _ _ _ _ -> if Thread.id (Thread.self ()) <> !owner then incr wrong)
           [ Guestfs.EVENT_ENTER ]);
      let m = Mutex.create () in
      in_threads 3 (fun i ->
          for _ = 1 to 50 do
            (* The owner is this thread for the call. *)
            Mutex.lock m;
            owner := Thread.id (Thread.self ());
            ignore (Guestfs.internal_test_rint g (string_of_int i));
            Mutex.unlock m
          done);
      check_eq "callbacks in another thread" string_of_int 0 !wrong;
      Guestfs.close g);
  finish ()
