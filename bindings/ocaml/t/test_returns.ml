(* Every return type as OCaml sees it, and its error twin. *)

open Tap

let err name f =
  raises name
    (function Guestfs.Error m -> m = "internal_test_" ^ name ^ ": error" | _ -> false)
    f

let () =
  let g = Guestfs.create () in
  test "RInt -> int" (fun () ->
      check_eq "rint" string_of_int 10 (Guestfs.internal_test_rint g "10");
      err "rinterr" (fun () -> Guestfs.internal_test_rinterr g));
  test "RInt64 -> int64" (fun () ->
      check_eq "rint64" Int64.to_string (-10L) (Guestfs.internal_test_rint64 g "-10");
      check_eq "rint64 big" Int64.to_string Int64.max_int
        (Guestfs.internal_test_rint64 g "9223372036854775807");
      err "rint64err" (fun () -> Guestfs.internal_test_rint64err g));
  test "RBool -> bool" (fun () ->
      check "true" (Guestfs.internal_test_rbool g "true");
      check "false" (not (Guestfs.internal_test_rbool g "false"));
      err "rboolerr" (fun () -> Guestfs.internal_test_rboolerr g));
  test "RConstString -> string" (fun () ->
      check_eq "rconststring" id "static string" (Guestfs.internal_test_rconststring g "x");
      err "rconststringerr" (fun () -> Guestfs.internal_test_rconststringerr g));
  test "RConstOptString -> string option" (fun () ->
      check "some" (Guestfs.internal_test_rconstoptstring g "x" = Some "static string");
      err "rconstoptstringerr" (fun () -> Guestfs.internal_test_rconstoptstringerr g);
      (* NULL without an error is None. *)
      check "none" (Guestfs.get_append g = None));
  test "RString -> string" (fun () ->
      check_eq "rstring" id "a string" (Guestfs.internal_test_rstring g "a string");
      err "rstringerr" (fun () -> Guestfs.internal_test_rstringerr g));
  test "RStringList -> string array" (fun () ->
      check "3" (Guestfs.internal_test_rstringlist g "3" = [| "0"; "1"; "2" |]);
      check "0" (Guestfs.internal_test_rstringlist g "0" = [||]);
      err "rstringlisterr" (fun () -> Guestfs.internal_test_rstringlisterr g));
  test "RStruct -> record" (fun () ->
      let p = Guestfs.internal_test_rstruct g "10" in
      check_eq "pv_name" id "10" p.Guestfs.pv_name;
      check_eq "pv_uuid" id "12345678901234567890123456789012" p.Guestfs.pv_uuid;
      check_eq "pv_fmt" id "lvm2" p.Guestfs.pv_fmt;
      check_eq "pv_size" Int64.to_string 10L p.Guestfs.pv_size;
      check_eq "pv_pe_count" Int64.to_string 10L p.Guestfs.pv_pe_count;
      check_eq "pv_tags" id "" p.Guestfs.pv_tags;
      check_eq "pv_mda_free" Int64.to_string 10L p.Guestfs.pv_mda_free;
      err "rstructerr" (fun () -> Guestfs.internal_test_rstructerr g));
  test "RStructList -> record array" (fun () ->
      let l = Guestfs.internal_test_rstructlist g "3" in
      check_eq "length" string_of_int 3 (Array.length l);
      Array.iteri
        (fun i (p : Guestfs.lvm_pv) ->
          check_eq "pv_size" Int64.to_string (Int64.of_int i) p.Guestfs.pv_size;
          check_eq "pv_name" id (string_of_int i) p.Guestfs.pv_name)
        l;
      check "empty" (Guestfs.internal_test_rstructlist g "0" = [||]);
      err "rstructlisterr" (fun () -> Guestfs.internal_test_rstructlisterr g));
  test "RHashtable -> (string * string) list" (fun () ->
      check "pairs" (Guestfs.internal_test_rhashtable g "2" = [ ("0", "0"); ("1", "1") ]);
      err "rhashtableerr" (fun () -> Guestfs.internal_test_rhashtableerr g));
  test "RBufferOut -> string" (fun () ->
      check_eq "rbufferout" String.escaped "abc" (Guestfs.internal_test_rbufferout g "abc");
      check_eq "newline" String.escaped "a\nb" (Guestfs.internal_test_rbufferout g "a\nb");
      err "rbufferouterr" (fun () -> Guestfs.internal_test_rbufferouterr g));
  test "RErr -> unit" (fun () -> Guestfs.set_memsize g 700);
  Guestfs.close g;
  finish ()
