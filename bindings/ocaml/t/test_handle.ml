(* Handles: create (with flags, several), properties, closing
   explicitly and by the GC, optional arguments, errors, the object
   API. *)

open Tap

let () =
  test "load: the module names its events" (fun () ->
      check_eq "event_to_string" id "close,progress"
        (Guestfs.event_to_string [ Guestfs.EVENT_CLOSE; Guestfs.EVENT_PROGRESS ]);
      check "event_all" (List.length Guestfs.event_all >= 10));

  test "create and close" (fun () ->
      let g = Guestfs.create () in
      Guestfs.close g);

  test "create with flags" (fun () ->
      Unix.putenv "LIBGUESTFS_TRACE" "1";
      let g = Guestfs.create () in
      check "environment read" (Guestfs.get_trace g);
      let h = Guestfs.create ~environment:false ~close_on_exit:false () in
      check "environment ignored" (not (Guestfs.get_trace h));
      Guestfs.close g;
      Guestfs.close h;
      Unix.putenv "LIBGUESTFS_TRACE" "0";
      let g = Guestfs.create () in
      check "trace 0" (not (Guestfs.get_trace g));
      Guestfs.close g);

  test "user_cancel: an action, callable with no transfer running" (fun () ->
      let g = Guestfs.create () in
      Guestfs.user_cancel g;
      (new Guestfs.guestfs ~environment:false ())#user_cancel ();
      Guestfs.close g;
      check "after close it raises"
        (try Guestfs.user_cancel g; false with _ -> true));

  test "several handles are independent" (fun () ->
      let hs = List.init 5 (fun _ -> Guestfs.create ()) in
      List.iteri (fun i g -> Guestfs.set_memsize g (600 + i)) hs;
      List.iteri
        (fun i g -> check_eq "memsize" string_of_int (600 + i) (Guestfs.get_memsize g))
        hs;
      List.iter Guestfs.close hs);

  test "handle properties" (fun () ->
      let g = Guestfs.create () in
      Guestfs.set_verbose g true;
      check "verbose" (Guestfs.get_verbose g);
      Guestfs.set_verbose g false;
      check "not verbose" (not (Guestfs.get_verbose g));
      Guestfs.set_trace g true;
      check "trace" (Guestfs.get_trace g);
      Guestfs.set_trace g false;
      Guestfs.set_path g (Some "/nowhere");
      check_eq "path" id "/nowhere" (Guestfs.get_path g);
      Guestfs.set_path g None;
      check "default path" (Guestfs.get_path g <> "/nowhere");
      Guestfs.set_append g (Some "quiet");
      check_eq "append" (Option.value ~default:"null") (Some "quiet") (Guestfs.get_append g);
      Guestfs.set_append g None;
      check_eq "no append" (Option.value ~default:"null") None (Guestfs.get_append g);
      Guestfs.set_backend_settings g [| "a"; "b=c" |];
      check "backend settings" (Guestfs.get_backend_settings g = [| "a"; "b=c" |]);
      check "pid -> error" (try ignore (Guestfs.get_pid g); false with Guestfs.Error _ -> true);
      Guestfs.close g);

  test "explicit close: calls raise Handle_closed, close again is a no-op" (fun () ->
      let g = Guestfs.create () in
      Guestfs.close g;
      raises "get_memsize" (function Guestfs.Handle_closed "get_memsize" -> true | _ -> false)
        (fun () -> Guestfs.get_memsize g);
      raises "set_event_callback" (function Guestfs.Handle_closed _ -> true | _ -> false)
        (fun () -> Guestfs.set_event_callback g (fun _ _ _ _ -> ()) [ Guestfs.EVENT_CLOSE ]);
      Guestfs.close g);

  test "implicit close: the GC closes an unreachable handle once" (fun () ->
      let closed = ref 0 in
      let make () =
        let g = Guestfs.create () in
        ignore (Guestfs.set_event_callback g (fun _ _ _ _ -> incr closed) [ Guestfs.EVENT_CLOSE ])
      in
      make ();
      make ();
      Gc.full_major ();
      Gc.full_major ();
      check_eq "close events" string_of_int 2 !closed);

  test "optional arguments" (fun () ->
      let g = Guestfs.create () in
      Guestfs.add_drive g ~readonly:true ~format:"raw" "/dev/null";
      Guestfs.add_drive_opts g ~format:"raw" "/dev/null";
      Guestfs.add_drive_ro g "/dev/null";
      (* The library saw them: it checks their values. *)
      raises "bad cachemode"
        (function Guestfs.Error m -> m = "add_drive: cachemode \"x\": it must be \"writeback\" or \"unsafe\"" | _ -> false)
        (fun () -> Guestfs.add_drive g ~cachemode:"x" "/dev/null");
      raises "bad iface" guestfs_error (fun () -> Guestfs.add_drive g ~iface:"a b" "/dev/null");
      Guestfs.add_drive g ~discard:"besteffort" ~cachemode:"unsafe" "/dev/null";
      Guestfs.internal_test_only_optargs g ();
      Guestfs.close g);

  test "version" (fun () ->
      let g = Guestfs.create () in
      let v = Guestfs.version g in
      check_eq "major" Int64.to_string 1L v.Guestfs.major;
      check "minor" (v.Guestfs.minor >= 0L);
      Guestfs.close g);

  test "errors raise Error; the handle stays usable" (fun () ->
      let g = Guestfs.create () in
      raises "rinterr"
        (function Guestfs.Error "internal_test_rinterr: error" -> true | _ -> false)
        (fun () -> Guestfs.internal_test_rinterr g);
      check_eq "usable" string_of_int 3 (Guestfs.internal_test_rint g "3");
      raises "add_drive missing file" guestfs_error (fun () ->
          Guestfs.add_drive g "/nonexistent/disk.img");
      check "last_errno" (Guestfs.last_errno g = 2);
      Guestfs.close g);

  test "bad arguments raise Invalid_argument" (fun () ->
      let g = Guestfs.create () in
      let inv = function Invalid_argument _ -> true | _ -> false in
      raises "NUL" inv (fun () -> Guestfs.internal_test_rint g "1\0002");
      raises "int range" inv (fun () -> Guestfs.set_memsize g (1 lsl 40));
      check_eq "still usable" string_of_int 4 (Guestfs.internal_test_rint g "4");
      Guestfs.close g);

  test "object API" (fun () ->
      let g = new Guestfs.guestfs () in
      g#set_memsize 640;
      check_eq "memsize" string_of_int 640 (g#get_memsize ());
      g#add_drive ~readonly:true ~format:"raw" "/dev/null";
      g#internal_test_only_optargs ~test:1 ();
      check_eq "ocaml_handle" string_of_int 640 (Guestfs.get_memsize g#ocaml_handle);
      let closed = ref 0 in
      ignore (g#set_event_callback (fun _ _ _ _ -> incr closed) [ Guestfs.EVENT_CLOSE ]);
      g#close ();
      g#close ();
      check_eq "closed once" string_of_int 1 !closed;
      raises "closed" (function Guestfs.Handle_closed _ -> true | _ -> false)
        (fun () -> g#get_memsize ()));

  finish ()
