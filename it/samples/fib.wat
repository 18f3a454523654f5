;; A module to run with the CLI: `run it/samples/fib.wat fib 30` compiles it to a JVM class and
;; an image, instantiates it and prints fib(30).
(module
  ;; Iterative Fibonacci on i64, so large arguments do not overflow too soon.
  (func (export "fib") (param $n i32) (result i64)
    (local $a i64) (local $b i64)
    (local.set $b (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $b (i64.add (local.get $a) (local.tee $a (local.get $b))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $a))

  ;; Divides two integers; `run fib.wat div 1 0` shows a trap.
  (func (export "div") (param i32 i32) (result i32)
    (i32.div_s (local.get 0) (local.get 1))))
