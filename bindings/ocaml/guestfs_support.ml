(* The part of the OCaml binding that is the same for every action:
   loading the library, argument conversion, results, errors, events,
   closing.  guestfs.ml (written by generator/ocaml.py) includes this
   module and adds one binding per action, struct and event; guestfs.mli
   is the public interface, and hides what is here that users need not
   see.

   The library is bound at run time through ctypes.foreign (libffi):
   docs/decisions.md says why. *)

open Ctypes
open Foreign

exception Error of string
exception Handle_closed of string

(* 'make install' writes the installed library's directory here; empty:
   find libguestfs.so.0 the usual way (LD_LIBRARY_PATH, as ./run sets). *)
let libdir = ""

let lib =
  let name = "libguestfs.so.0" in
  let name = if libdir = "" then name else Filename.concat libdir name in
  Dl.dlopen ~filename:name ~flags:[ Dl.RTLD_NOW; Dl.RTLD_GLOBAL ]

(* Calls that may run callbacks (every action, close) release the
   runtime lock, so other threads run meanwhile; the callbacks, which
   run in the calling thread, take it back (funptr ~runtime_lock). *)
let foreign_call name fn = foreign ~from:lib ~release_runtime_lock:true name fn
let foreign_quick name fn = foreign ~from:lib name fn
let handle = ptr void

(* --------------------------------------------------------------- handles *)

(* A call in progress on a handle: the first exception an event callback
   raised during it, and whether the library reported an error. *)
type frame = {
  mutable exn : exn option;
  mutable error_reported : bool;
}

(* A reentrant lock: a callback may call (non-daemon) methods of the
   handle whose call fired it, in the same thread. *)
type rlock = {
  m : Mutex.t;
  c : Condition.t;
  mutable owner : int option;
  mutable count : int;
}

(* What the callbacks need of a handle.  It does not refer to the handle
   the user holds (t), so that t can be garbage collected and finalised
   while the C handle is still open. *)
type state = {
  mutable ptr : unit ptr option; (* None once closed *)
  lock : rlock;
  callbacks : (int, int64 -> int -> string -> int64 array -> unit) Hashtbl.t;
  (* The calls in progress in the thread holding the lock, innermost
     first; None for a close that no caller can raise from. *)
  mutable frames : frame option list;
  close_on_exit : bool;
}

type t = { st : state }

let with_lock l f =
  let me = Thread.id (Thread.self ()) in
  Mutex.lock l.m;
  while l.count > 0 && l.owner <> Some me do
    Condition.wait l.c l.m
  done;
  l.owner <- Some me;
  l.count <- l.count + 1;
  Mutex.unlock l.m;
  Fun.protect f ~finally:(fun () ->
      Mutex.lock l.m;
      l.count <- l.count - 1;
      if l.count = 0 then (
        l.owner <- None;
        Condition.signal l.c);
      Mutex.unlock l.m)

(* Open C handles by address: the callbacks find their handle here.  An
   immutable map swapped atomically, because a finaliser closing a handle
   may run in the middle of any other update. *)
module Addr = Map.Make (Nativeint)

let open_handles = Atomic.make Addr.empty
let address p = raw_address_of_ptr p

let rec update f =
  let old = Atomic.get open_handles in
  if not (Atomic.compare_and_set open_handles old (f old)) then update f

let find_state p = Addr.find_opt (address p) (Atomic.get open_handles)

(* ----------------------------------------------------------------- events *)

let report_exn what e =
  Printf.eprintf "guestfs: exception in %s: %s\n%!" what (Printexc.to_string e)

(* An exception raised by an event callback goes to the call that fired
   the event, which raises it once the library has returned; a second one
   during the same call, or one with no call to go to (closing by the GC
   or at exit), is printed on stderr. *)
let dispatch g _opaque event eh _flags buf buf_len array array_len =
  try
    match find_state g with
    | None -> ()
    | Some st -> (
        match Hashtbl.find_opt st.callbacks eh with
        | None -> ()
        | Some cb -> (
            let buf =
              match buf with
              | Some b when Unsigned.Size_t.to_int buf_len > 0 ->
                  string_from_ptr b ~length:(Unsigned.Size_t.to_int buf_len)
              | _ -> ""
            in
            let array =
              match array with
              | None -> [||]
              | Some a ->
                  Array.init (Unsigned.Size_t.to_int array_len) (fun i ->
                      Unsigned.UInt64.to_int64 !@(a +@ i))
            in
            try cb (Unsigned.UInt64.to_int64 event) eh buf array
            with e -> (
              match st.frames with
              | Some f :: _ when f.exn = None -> f.exn <- Some e
              | _ -> report_exn "event callback" e)))
  with e -> report_exn "event callback" e

let event_callback_t =
  ptr void @-> ptr void @-> uint64_t @-> int @-> int @-> ptr_opt char
  @-> size_t @-> ptr_opt uint64_t @-> size_t @-> returning void

(* One C thunk for every callback of every handle, and one error
   handler: made once here, they live as long as the program. *)
module Event_fn = (val dynamic_funptr ~runtime_lock:true event_callback_t)

let dispatch_fn = Event_fn.of_fun dispatch

(* Pushed around every call: errors are raised, not printed, and calls
   whose NULL result may or may not be an error learn which it was. *)
let note_error g _opaque _msg =
  match find_state g with
  | Some { frames = Some f :: _; _ } -> f.error_reported <- true
  | _ -> ()

module Error_fn =
(val dynamic_funptr ~runtime_lock:true
       (ptr void @-> ptr void @-> ptr_opt char @-> returning void))

let note_error_fn = Error_fn.of_fun note_error

let c_set_event_callback =
  foreign_call "guestfs_set_event_callback"
    (handle @-> Event_fn.t @-> uint64_t @-> int @-> ptr void @-> returning int)

let c_delete_event_callback =
  foreign_quick "guestfs_delete_event_callback"
    (handle @-> int @-> returning void)

let c_event_to_string =
  foreign_quick "guestfs_event_to_string"
    (uint64_t @-> returning (ptr_opt char))

let c_free = foreign "free" (ptr void @-> returning void)

let c_last_error =
  foreign_quick "guestfs_last_error" (handle @-> returning (ptr_opt char))

let c_last_errno = foreign_quick "guestfs_last_errno" (handle @-> returning int)

let c_push_error_handler =
  foreign_quick "guestfs_push_error_handler"
    (handle @-> Error_fn.t @-> ptr void @-> returning void)

let c_pop_error_handler =
  foreign_quick "guestfs_pop_error_handler" (handle @-> returning void)

let c_create_flags =
  foreign_quick "guestfs_create_flags" (uint @-> returning (ptr_opt void))

let c_close = foreign_call "guestfs_close" (handle @-> returning void)

(* ------------------------------------------------------------------ calls *)

let get_ptr st name =
  match st.ptr with Some p -> p | None -> raise (Handle_closed name)

let last_error p =
  match c_last_error p with
  | Some s -> coerce (ptr char) string s
  | None -> "unknown error"

(* What a call did: Failed carries the library's message. *)
type 'a outcome = Done of 'a | Failed of string

(* Values whose C memory a call uses: they must stay reachable until it
   returns (the runtime lock is released, so a GC may run meanwhile). *)
type arena = { mutable keep : (unit -> unit) list }

let keep a v = a.keep <- (fun () -> ignore (Sys.opaque_identity v)) :: a.keep

(* Run f p a frame with the handle locked; f returns Done result, or Failed
   message when the call failed.  Raise what the call should. *)
let call t name f =
  let st = t.st in
  let frame = { exn = None; error_reported = false } in
  let a = { keep = [] } in
  let r =
    with_lock st.lock (fun () ->
        let p = get_ptr st name in
        st.frames <- Some frame :: st.frames;
        Fun.protect
          ~finally:(fun () -> st.frames <- List.tl st.frames)
          (fun () ->
            c_push_error_handler p note_error_fn null;
            Fun.protect
              ~finally:(fun () -> c_pop_error_handler p)
              (fun () -> f p a frame)))
  in
  List.iter (fun k -> k ()) a.keep;
  match (frame.exn, r) with
  | Some e, _ -> raise e
  | None, Done v -> v
  | None, Failed msg -> raise (Error msg)

(* -------------------------------------------------------------- arguments *)

let bad name arg what = invalid_arg (Printf.sprintf "%s: %s: %s" name arg what)

let in_buffer a s =
  let arr = CArray.of_string (s ^ "\000") in
  keep a arr;
  CArray.start arr

let in_string a name arg s =
  if String.contains s '\000' then bad name arg "embedded NUL character";
  in_buffer a s

let in_optstring a name arg = Option.map (in_string a name arg)

let in_stringlist a name arg l =
  let n = Array.length l in
  let arr = CArray.make (ptr_opt char) (n + 1) in
  Array.iteri (fun i s -> CArray.set arr i (Some (in_string a name arg s))) l;
  CArray.set arr n None;
  keep a arr;
  CArray.start arr

let in_int name arg n =
  if n < -0x8000_0000 || n > 0x7fff_ffff then
    bad name arg (Printf.sprintf "%d does not fit in 32 bits" n);
  n

let in_bool b = if b then 1 else 0
let in_size s = Unsigned.Size_t.of_int (String.length s)

(* Optional arguments: struct { uint64_t bitmask; fields } with bit i
   set when optional argument i is present. *)
type optkind = O_bool | O_int | O_int64 | O_string | O_stringlist

type optval =
  | V_bool of bool
  | V_int of int
  | V_int64 of int64
  | V_string of string
  | V_stringlist of string array

type argv_struct

type optfield =
  | F_int of (int, argv_struct structure) field
  | F_int64 of (int64, argv_struct structure) field
  | F_string of (char ptr, argv_struct structure) field
  | F_stringlist of (char ptr option ptr, argv_struct structure) field

type argv_layout = {
  action : string;
  s : argv_struct structure typ;
  bitmask : (Unsigned.uint64, argv_struct structure) field;
  fields : (string * optfield) array;
}

let argv_layout action optargs =
  let s = structure ("guestfs_" ^ action ^ "_argv") in
  let bitmask = field s "bitmask" uint64_t in
  let mk (name, kind) =
    ( name,
      match kind with
      | O_bool | O_int -> F_int (field s name int)
      | O_int64 -> F_int64 (field s name int64_t)
      | O_string -> F_string (field s name (ptr char))
      | O_stringlist -> F_stringlist (field s name (ptr (ptr_opt char))) )
  in
  let fields = Array.of_list (List.map mk optargs) in
  seal s;
  { action; s; bitmask; fields }

let in_optargs a l values =
  let v = make l.s in
  let bits = ref 0L in
  List.iteri
    (fun i value ->
      let name, f = l.fields.(i) in
      match (f, value) with
      | _, None -> ()
      | F_int fd, Some (V_bool b) -> setf v fd (in_bool b)
      | F_int fd, Some (V_int n) -> setf v fd (in_int l.action name n)
      | F_int64 fd, Some (V_int64 n) -> setf v fd n
      | F_string fd, Some (V_string s) ->
          setf v fd (in_string a l.action name s)
      | F_stringlist fd, Some (V_stringlist s) ->
          setf v fd (in_stringlist a l.action name s)
      | _ -> bad l.action name "wrong kind of value")
    values;
  List.iteri
    (fun i value ->
      if value <> None then bits := Int64.logor !bits (Int64.shift_left 1L i))
    values;
  setf v l.bitmask (Unsigned.UInt64.of_int64 !bits);
  keep a v;
  to_voidp (addr v)

let ob v = Option.map (fun x -> V_bool x) v
let oi v = Option.map (fun x -> V_int x) v
let oi64 v = Option.map (fun x -> V_int64 x) v
let os v = Option.map (fun x -> V_string x) v
let osl v = Option.map (fun x -> V_stringlist x) v

(* ---------------------------------------------------------------- results *)

(* Each takes the C handle and the raw result. *)

let r_unit p r = if r = -1 then Failed (last_error p) else Done ()
let r_int p r = if r = -1 then Failed (last_error p) else Done r
let r_bool p r = if r = -1 then Failed (last_error p) else Done (r <> 0)
let r_int64 p r = if r = -1L then Failed (last_error p) else Done r
let c_string p = coerce (ptr void) string p

let take p conv free =
  Fun.protect ~finally:(fun () -> free p) (fun () -> conv p)

let r_conststring p = function
  | None -> Failed (last_error p)
  | Some s -> Done (c_string s)

let r_constoptstring p (frame : frame) = function
  | None when frame.error_reported -> Failed (last_error p)
  | None -> Done None
  | Some s -> Done (Some (c_string s))

let r_string p = function
  | None -> Failed (last_error p)
  | Some s -> Done (take s c_string c_free)

let strings p =
  let arr = from_voidp (ptr_opt char) p in
  let rec n i = if !@(arr +@ i) = None then i else n (i + 1) in
  Array.init (n 0) (fun i -> coerce (ptr char) string (Option.get !@(arr +@ i)))

let free_strings p =
  let arr = from_voidp (ptr_opt void) p in
  let rec go i =
    match !@(arr +@ i) with
    | Some s ->
        c_free s;
        go (i + 1)
    | None -> ()
  in
  go 0;
  c_free p

let r_stringlist p = function
  | None -> Failed (last_error p)
  | Some l -> Done (take l strings free_strings)

let r_hashtable p = function
  | None -> Failed (last_error p)
  | Some l ->
      Done (take l
        (fun l ->
          let a = strings l in
          List.init (Array.length a / 2) (fun i ->
              (a.(2 * i), a.((2 * i) + 1))))
        free_strings)

let r_bufferout p size = function
  | None -> Failed (last_error p)
  | Some b ->
      Done (take b
        (fun b ->
          string_from_ptr (from_voidp char b)
            ~length:(Unsigned.Size_t.to_int !@size))
        c_free)

let out_size a =
  let size = allocate size_t Unsigned.Size_t.zero in
  keep a size;
  size

(* A struct the library returns: its C layout, its conversion to the
   record, and the library's free functions for it and for its list
   (struct guestfs_S_list { uint32_t len; struct guestfs_S *val; }). *)
type 'r struct_conv = {
  conv : unit ptr -> 'r;
  size : int;
  free : unit ptr -> unit;
  free_list : unit ptr -> unit;
}

let struct_conv name (s : 's structure typ) (conv : 's structure -> 'r) =
  let free_fn suffix =
    foreign_quick ("guestfs_free_" ^ name ^ suffix) (ptr void @-> returning void)
  in
  {
    conv = (fun p -> conv !@(from_voidp s p));
    size = sizeof s;
    free = free_fn "";
    free_list = free_fn "_list";
  }

type list_struct

let list_s : list_struct structure typ = structure "guestfs_list"
let list_len = field list_s "len" uint32_t
let list_val = field list_s "val" (ptr void)
let () = seal list_s

let r_struct sc p = function
  | None -> Failed (last_error p)
  | Some s -> Done (take s sc.conv sc.free)

let r_structlist sc p = function
  | None -> Failed (last_error p)
  | Some l ->
      Done (take l
        (fun l ->
          let l = !@(from_voidp list_s l) in
          let v = getf l list_val in
          Array.init
            (Unsigned.UInt32.to_int (getf l list_len))
            (fun i -> sc.conv (to_voidp (from_voidp char v +@ (i * sc.size)))))
        sc.free_list)

let f_string = function None -> "" | Some s -> coerce (ptr char) string s

let f_buffer len = function
  | None -> ""
  | Some b -> string_from_ptr b ~length:(Int32.to_int len land 0xffff_ffff)

let f_uuid a = String.init 32 (fun i -> CArray.get a i)
let f_optpercent f = if f < 0.0 then None else Some f

(* ---------------------------------------------------- handles and closing *)

let create_no_environment = 1
let create_no_close_on_exit = 2

let close_state explicit st =
  let frame = { exn = None; error_reported = false } in
  with_lock st.lock (fun () ->
      match st.ptr with
      | None -> ()
      | Some p ->
          (* The lock is held by this thread in a call: this is one of
             its callbacks, and the C handle must outlive it. *)
          if st.frames <> [] then
            raise (Error "close: cannot be called from a callback");
          st.ptr <- None;
          st.frames <- [ (if explicit then Some frame else None) ];
          Fun.protect
            ~finally:(fun () ->
              (* After the CLOSE callbacks, which find the handle here. *)
              update (Addr.remove (address p));
              st.frames <- [];
              Hashtbl.reset st.callbacks)
            (fun () -> c_close p));
  Option.iter raise frame.exn

let close t = close_state true t.st

(* The C library's own atexit handler would close the handles after the
   OCaml runtime is gone: the C handles are created without it, and this
   closes them while OCaml is alive (after the at_exit functions the
   program registered itself, which can still use them). *)
let () =
  at_exit (fun () ->
      Addr.iter
        (fun _ st ->
          if st.close_on_exit then
            try close_state false st with e -> report_exn "close at exit" e)
        (Atomic.get open_handles))

let finalise t =
  try close_state false t.st with e -> report_exn "close by the GC" e

let create ?(environment = true) ?(close_on_exit = true) () =
  let flags =
    create_no_close_on_exit
    lor if environment then 0 else create_no_environment
  in
  match c_create_flags (Unsigned.UInt.of_int flags) with
  | None -> raise (Error "create: cannot create the handle")
  | Some p ->
      let st =
        {
          ptr = Some p;
          lock =
            { m = Mutex.create (); c = Condition.create (); owner = None; count = 0 };
          callbacks = Hashtbl.create 4;
          frames = [];
          close_on_exit;
        }
      in
      update (Addr.add (address p) st);
      let t = { st } in
      Gc.finalise finalise t;
      t

type event_handle = int

let event_mask to_bit events =
  List.fold_left (fun m e -> Int64.logor m (to_bit e)) 0L events

(* The event type is generated: these take its conversions to and from
   bits. *)
let set_event_callback_with of_bit to_bit t cb events =
  let cb ev eh buf array = cb (of_bit ev) eh buf array in
  call t "set_event_callback" (fun p _ _ ->
      let mask = Unsigned.UInt64.of_int64 (event_mask to_bit events) in
      let eh = c_set_event_callback p dispatch_fn mask 0 null in
      if eh = -1 then Failed (last_error p)
      else (
        Hashtbl.replace t.st.callbacks eh cb;
        Done eh))

let delete_event_callback t eh =
  with_lock t.st.lock (fun () ->
      let p = get_ptr t.st "delete_event_callback" in
      c_delete_event_callback p eh;
      Hashtbl.remove t.st.callbacks eh)

let event_to_string_with to_bit events =
  let mask = event_mask to_bit events in
  match c_event_to_string (Unsigned.UInt64.of_int64 mask) with
  | None ->
      invalid_arg (Printf.sprintf "event_to_string: unknown event in 0x%Lx" mask)
  | Some s -> take (to_voidp s) c_string c_free

let last_errno t = c_last_errno (get_ptr t.st "last_errno")

(* The call of a signal-safe action (user_cancel): not under the
   handle's lock, since it is meant for another thread, or a callback,
   during a call on the handle.  Such an action cannot fail on an open
   handle. *)
let call_signal_safe t name f =
  match f (get_ptr t.st name) { keep = [] } { exn = None; error_reported = false } with
  | Done v -> v
  | Failed msg -> raise (Error msg)

(* The methods of the object API that are not actions; the generated
   class guestfs inherits them. *)
class ['event] handle_methods of_bit to_bit (g : t) =
  object
    method close () = close g
    method ocaml_handle = g

    method set_event_callback
        (cb : 'event -> event_handle -> string -> int64 array -> unit)
        (events : 'event list) =
      set_event_callback_with of_bit to_bit g cb events

    method delete_event_callback eh = delete_event_callback g eh
    method last_errno () = last_errno g
  end
