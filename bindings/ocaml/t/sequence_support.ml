(* What the generated bindings_sequence.ml prints its results with, in
   the format of tests/bindings/expected.txt. *)

let print_line s = print_endline s

let show name fmt call =
  match call () with
  | r -> print_line (Printf.sprintf "%s: %s" name (fmt r))
  | exception Guestfs.Error msg ->
      print_line (Printf.sprintf "%s: error: %s" name msg)

let fmt_array fmt a =
  "[" ^ String.concat ", " (Array.to_list (Array.map fmt a)) ^ "]"

let fmt_hashtable l =
  "{" ^ String.concat ", " (List.map (fun (k, v) -> k ^ ": " ^ v) l) ^ "}"

let fmt_fields l =
  "{" ^ String.concat ", " (List.map (fun (k, v) -> k ^ ": " ^ v) l) ^ "}"

let fmt_optstring = function None -> "null" | Some s -> s
let fmt_optpercent = function None -> "null" | Some f -> string_of_float f
