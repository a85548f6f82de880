(* TAP for the OCaml binding's tests: one "ok"/"not ok" line per check,
   the plan last. *)

let n = ref 0
let failures = ref 0

let test name f =
  incr n;
  match f () with
  | () -> Printf.printf "ok %d - %s\n%!" !n name
  | exception e ->
      incr failures;
      Printf.printf "not ok %d - %s\n# %s\n%!" !n name (Printexc.to_string e)

let finish () =
  Printf.printf "1..%d\n%!" !n;
  exit (if !failures = 0 then 0 else 1)

exception Failed of string

let check what cond = if not cond then raise (Failed what)

let check_eq what pp expected got =
  if expected <> got then
    raise (Failed (Printf.sprintf "%s: expected %s, got %s" what (pp expected) (pp got)))

(* f () raises an exception that pred accepts. *)
let raises what pred f =
  match f () with
  | _ -> raise (Failed (what ^ ": no exception"))
  | exception e when pred e -> ()
  | exception e -> raise (Failed (what ^ ": raised " ^ Printexc.to_string e))

let guestfs_error = function Guestfs.Error _ -> true | _ -> false
let id x = x
