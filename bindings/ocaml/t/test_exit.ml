(* Program exit with handles still open, in a child process: each
   handle is closed exactly once, while OCaml is alive enough for the
   CLOSE callbacks to run; a callback's exception at exit is printed,
   not lost, and does not crash the program. *)

open Tap

let handle ?close_on_exit name =
  let g = Guestfs.create ?close_on_exit () in
  ignore
    (Guestfs.set_event_callback g
       (fun ev _ _ _ -> Printf.printf "closed %s %s\n%!" name (Guestfs.event_to_string [ ev ]))
       [ Guestfs.EVENT_CLOSE ]);
  g

let keep = ref []

let child = function
  | "open" -> keep := [ handle "a" ]
  | "several" ->
      let hs = List.map handle [ "a"; "b"; "c" ] in
      Guestfs.close (List.nth hs 1);
      keep := hs
  | "closed" ->
      Guestfs.close (handle "a");
      print_endline "end"
  | "exit3" ->
      keep := [ handle "a" ];
      exit 3
  | "self-reference" ->
      let g = handle "a" in
      ignore (Guestfs.set_event_callback g (fun _ _ _ _ -> ignore (Sys.opaque_identity g)) Guestfs.event_all)
  | "user-at-exit" ->
      let g = handle "a" in
      at_exit (fun () -> Printf.printf "memsize %b\n%!" (Guestfs.get_memsize g > 0))
  | "no-close-on-exit" -> keep := [ handle ~close_on_exit:false "a"; handle "b" ]
  | "raise" ->
      let g = Guestfs.create () in
      ignore (Guestfs.set_event_callback g (fun _ _ _ _ -> failwith "boom") [ Guestfs.EVENT_CLOSE ]);
      keep := [ g ]
  | "gc-raise" ->
      let make () =
        let g = Guestfs.create () in
        ignore (Guestfs.set_event_callback g (fun _ _ _ _ -> failwith "gc") [ Guestfs.EVENT_CLOSE ])
      in
      make ();
      Gc.full_major ();
      print_endline "end"
  | s -> failwith ("unknown scenario " ^ s)

let read_all ic =
  let b = Buffer.create 256 in
  (try
     while true do
       Buffer.add_channel b ic 1
     done
   with End_of_file -> ());
  Buffer.contents b

(* Run this program as the child for scenario: (status, stdout, stderr). *)
let run scenario =
  let out = Filename.temp_file "guestfs-ocaml" ".out" in
  let err = Filename.temp_file "guestfs-ocaml" ".err" in
  let fd f = Unix.openfile f [ Unix.O_WRONLY; Unix.O_TRUNC ] 0 in
  let o = fd out and e = fd err in
  let pid = Unix.create_process Sys.executable_name [| Sys.executable_name; "child"; scenario |] Unix.stdin o e in
  Unix.close o;
  Unix.close e;
  let _, status = Unix.waitpid [] pid in
  let slurp f =
    let ic = open_in_bin f in
    let s = read_all ic in
    close_in ic;
    Sys.remove f;
    s
  in
  let code = match status with Unix.WEXITED n -> n | _ -> -1 in
  (code, slurp out, slurp err)

let expect scenario (code, out, err) =
  let c, o, e = run scenario in
  check_eq "status" string_of_int code c;
  check_eq "stdout" String.escaped out o;
  check_eq "stderr" String.escaped err e

let () =
  if Array.length Sys.argv = 3 && Sys.argv.(1) = "child" then child Sys.argv.(2)
  else (
    test "a handle open at exit is closed once" (fun () -> expect "open" (0, "closed a close\n", ""));
    test "several handles open at exit" (fun () ->
        let c, o, e = run "several" in
        check "status and stderr" (c = 0 && e = "");
        check "b first" (String.sub o 0 15 = "closed b close\n");
        check_eq "all once" (String.concat "|")
          [ "closed a close"; "closed b close"; "closed c close" ]
          (List.sort compare (String.split_on_char '\n' o |> List.filter (( <> ) ""))));
    test "closed before exit: not again" (fun () -> expect "closed" (0, "closed a close\nend\n", ""));
    test "exit 3 with a handle open" (fun () -> expect "exit3" (3, "closed a close\n", ""));
    test "a callback referring to its handle" (fun () ->
        expect "self-reference" (0, "closed a close\n", ""));
    test "the program's own at_exit functions can still use a handle" (fun () ->
        expect "user-at-exit" (0, "memsize true\nclosed a close\n", ""));
    test "close_on_exit:false is left to the system" (fun () ->
        expect "no-close-on-exit" (0, "closed b close\n", ""));
    test "an exception in a callback at exit is printed, not lost" (fun () ->
        let c, o, e = run "raise" in
        check_eq "status" string_of_int 0 c;
        check_eq "stdout" id "" o;
        check_eq "stderr" id "guestfs: exception in event callback: Failure(\"boom\")\n" e);
    test "an exception in a callback run by the GC is printed, not lost" (fun () ->
        expect "gc-raise" (0, "end\n", "guestfs: exception in event callback: Failure(\"gc\")\n"));
    finish ())
