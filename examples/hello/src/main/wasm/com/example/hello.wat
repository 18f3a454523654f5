;; The quick start module: Fibonacci numbers computed in WebAssembly, and a loop that reports
;; each one to the host through an imported function.
(module
  (import "host" "report" (func $report (param $n i32) (param $value i64)))

  (func $fib (export "fib") (param $n i32) (result i64)
    (local $a i64) (local $b i64)
    (local.set $b (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $b (i64.add (local.get $a) (local.tee $a (local.get $b))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $a))

  (func (export "reportFirst") (param $count i32) (local $i i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (call $report (local.get $i) (call $fib (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))))
