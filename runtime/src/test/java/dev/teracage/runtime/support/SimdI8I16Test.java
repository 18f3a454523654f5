package dev.teracage.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teracage.runtime.V128;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link SimdI8I16} against the compiler's contract (one public static helper per {@code i8x16.*}
 * and {@code i16x8.*} instruction, named and typed by the fixed rule), against assertions copied
 * from the 2.0 spec scripts ({@code simd_i8x16_*.wast}, {@code simd_i16x8_*.wast}, {@code
 * simd_lane.wast}, {@code simd_splat.wast}, {@code simd_boolean.wast}, {@code simd_bit_shift.wast},
 * {@code simd_conversions.wast}), and lane by lane against a plain scalar model of the spec on
 * random vectors biased towards the boundaries. Every comparison is of exact bits.
 */
class SimdI8I16Test {

  /**
   * The instructions as the opcode table (plugin: {@code Opcode.java}) lists them: mnemonic,
   * signature (v: v128, i: i32) and immediate kind, without the relaxed ones.
   */
  private static final String INSTRUCTIONS =
      """
      i8x16.shuffle vv:v SHUFFLE
      i8x16.swizzle vv:v NONE
      i8x16.splat i:v NONE
      i16x8.splat i:v NONE
      i8x16.extract_lane_s v:i LANE
      i8x16.extract_lane_u v:i LANE
      i8x16.replace_lane vi:v LANE
      i16x8.extract_lane_s v:i LANE
      i16x8.extract_lane_u v:i LANE
      i16x8.replace_lane vi:v LANE
      i8x16.eq vv:v NONE
      i8x16.ne vv:v NONE
      i8x16.lt_s vv:v NONE
      i8x16.lt_u vv:v NONE
      i8x16.gt_s vv:v NONE
      i8x16.gt_u vv:v NONE
      i8x16.le_s vv:v NONE
      i8x16.le_u vv:v NONE
      i8x16.ge_s vv:v NONE
      i8x16.ge_u vv:v NONE
      i16x8.eq vv:v NONE
      i16x8.ne vv:v NONE
      i16x8.lt_s vv:v NONE
      i16x8.lt_u vv:v NONE
      i16x8.gt_s vv:v NONE
      i16x8.gt_u vv:v NONE
      i16x8.le_s vv:v NONE
      i16x8.le_u vv:v NONE
      i16x8.ge_s vv:v NONE
      i16x8.ge_u vv:v NONE
      i8x16.abs v:v NONE
      i8x16.neg v:v NONE
      i8x16.popcnt v:v NONE
      i8x16.all_true v:i NONE
      i8x16.bitmask v:i NONE
      i8x16.narrow_i16x8_s vv:v NONE
      i8x16.narrow_i16x8_u vv:v NONE
      i8x16.shl vi:v NONE
      i8x16.shr_s vi:v NONE
      i8x16.shr_u vi:v NONE
      i8x16.add vv:v NONE
      i8x16.add_sat_s vv:v NONE
      i8x16.add_sat_u vv:v NONE
      i8x16.sub vv:v NONE
      i8x16.sub_sat_s vv:v NONE
      i8x16.sub_sat_u vv:v NONE
      i8x16.min_s vv:v NONE
      i8x16.min_u vv:v NONE
      i8x16.max_s vv:v NONE
      i8x16.max_u vv:v NONE
      i8x16.avgr_u vv:v NONE
      i16x8.extadd_pairwise_i8x16_s v:v NONE
      i16x8.extadd_pairwise_i8x16_u v:v NONE
      i16x8.abs v:v NONE
      i16x8.neg v:v NONE
      i16x8.q15mulr_sat_s vv:v NONE
      i16x8.all_true v:i NONE
      i16x8.bitmask v:i NONE
      i16x8.narrow_i32x4_s vv:v NONE
      i16x8.narrow_i32x4_u vv:v NONE
      i16x8.extend_low_i8x16_s v:v NONE
      i16x8.extend_high_i8x16_s v:v NONE
      i16x8.extend_low_i8x16_u v:v NONE
      i16x8.extend_high_i8x16_u v:v NONE
      i16x8.shl vi:v NONE
      i16x8.shr_s vi:v NONE
      i16x8.shr_u vi:v NONE
      i16x8.add vv:v NONE
      i16x8.add_sat_s vv:v NONE
      i16x8.add_sat_u vv:v NONE
      i16x8.sub vv:v NONE
      i16x8.sub_sat_s vv:v NONE
      i16x8.sub_sat_u vv:v NONE
      i16x8.mul vv:v NONE
      i16x8.min_s vv:v NONE
      i16x8.min_u vv:v NONE
      i16x8.max_s vv:v NONE
      i16x8.max_u vv:v NONE
      i16x8.avgr_u vv:v NONE
      i16x8.extmul_low_i8x16_s vv:v NONE
      i16x8.extmul_high_i8x16_s vv:v NONE
      i16x8.extmul_low_i8x16_u vv:v NONE
      i16x8.extmul_high_i8x16_u vv:v NONE
      """;

  /**
   * Assertions of the spec scripts, one a line: the mnemonic and its immediates, each operand after
   * a {@code |}, the expected result after {@code =}. A vector is written as in the script ({@code
   * i8x16}, {@code i16x8}, {@code i32x4} lanes, float-shaped constants as {@code i32x4} bits); a
   * vector with a single lane value has it in every lane. {@code i32 n} is an i32.
   */
  private static final String SPEC_CASES =
      """
      i16x8.abs | i16x8 -1 = i16x8 1
      i16x8.abs | i16x8 65535 = i16x8 1
      i16x8.abs | i16x8 -32768 = i16x8 32768
      i16x8.abs | i16x8 -0x8000 = i16x8 0x8000
      i16x8.abs | i16x8 -0x80 = i16x8 0x80
      i16x8.abs | i16x8 -32768 -32768 32767 32767 16384 16384 65535 65535 = i16x8 32768 32768 32767 32767 16384 16384 1 1
      i16x8.add | i16x8 32768 | i16x8 1 = i16x8 -32767
      i16x8.add | i16x8 -32767 | i16x8 -1 = i16x8 -32768
      i16x8.add | i16x8 -32768 | i16x8 -1 = i16x8 32767
      i16x8.add | i16x8 -32768 | i16x8 -32767 = i16x8 1
      i16x8.add | i16x8 65535 | i16x8 -32768 = i16x8 32767
      i16x8.add | i16x8 0x7fff | i8x16 0 0x80 0 0x80 0 0x80 0 0x80 0 0x80 0 0x80 0 0x80 0 0x80 = i16x8 -1
      i16x8.add_sat_s | i16x8 1 | i16x8 -1 = i16x8 0
      i16x8.add_sat_s | i16x8 32768 | i16x8 1 = i16x8 -32767
      i16x8.add_sat_s | i16x8 -32767 | i16x8 -1 = i16x8 -32768
      i16x8.add_sat_s | i16x8 0x7fff | i16x8 0x8000 = i16x8 -1
      i16x8.add_sat_s | i16x8 0 1 2 3 4 5 6 7 | i16x8 0 0xffff 0xfffe 0xfffd 0xfffc 0xfffb 0xfffa 0xfff9 = i16x8 0
      i16x8.add_sat_s | i16x8 0 1 2 3 4 5 6 7 | i16x8 0 2 4 6 8 10 12 14 = i16x8 0 3 6 9 12 15 18 21
      i16x8.add_sat_u | i16x8 1 | i16x8 -1 = i16x8 65535
      i16x8.add_sat_u | i16x8 -32767 | i16x8 -1 = i16x8 65535
      i16x8.add_sat_u | i16x8 -32768 | i16x8 -1 = i16x8 65535
      i16x8.add_sat_u | i16x8 -32768 | i16x8 -32767 = i16x8 65535
      i16x8.add_sat_u | i16x8 0x7fff | i16x8 0x8000 = i16x8 65535
      i16x8.add_sat_u | i16x8 0 1 2 3 4 5 6 7 | i16x8 0 0xffff 0xfffe 0xfffd 0xfffc 0xfffb 0xfffa 0xfff9 = i16x8 0 0xffff 0xffff 0xffff 0xffff 0xffff 0xffff 0xffff
      i16x8.all_true | i16x8 0 0 0 0 0 0 1 0 = i32 0
      i16x8.all_true | i16x8 1 1 1 1 1 1 0 1 = i32 0
      i16x8.all_true | i16x8 1 = i32 1
      i16x8.all_true | i16x8 -1 0 1 2 0xB 0xC 0xD 0xF = i32 0
      i16x8.all_true | i16x8 0xFF = i32 1
      i16x8.all_true | i16x8 0xAB = i32 1
      i16x8.avgr_u | i16x8 0 | i16x8 -1 = i16x8 32768
      i16x8.avgr_u | i16x8 0 0 0 0 -1 -1 -1 -1 | i16x8 0 0 -1 -1 0 0 -1 -1 = i16x8 0 0 32768 32768 32768 32768 65535 65535
      i16x8.avgr_u | i16x8 0 | i16x8 0xffff = i16x8 0x8000
      i16x8.avgr_u | i16x8 65535 | i16x8 1 = i16x8 32768
      i16x8.avgr_u | i16x8 -32768 -32768 32767 32767 16384 16384 65535 65535 | i16x8 65535 65535 16384 16384 32767 32767 -32768 -32768 = i16x8 49152 49152 24576 24576 24576 24576 49152 49152
      i16x8.avgr_u | i16x8 0 0 1 1 2 2 128 128 | i16x8 0 0 2 2 1 1 128 128 = i16x8 0 0 2 2 2 2 128 128
      i16x8.bitmask | i16x8 0xFFFF = i32 0x000000FF
      i16x8.bitmask | i16x8 -1 0 1 2 0xB 0xC 0xD 0xF = i32 0x00000001
      i16x8.eq | i16x8 -32768 65534 -1 -0 0 1 2 65535 | i16x8 32768 -2 -1 -0 0 1 2 -1 = i16x8 -1
      i16x8.eq | i16x8 0x8000 0x8001 0x8002 0x8003 0x8004 0x8005 0x8006 0x8007 | i16x8 32775 32774 32773 32772 32771 32770 32769 32768 = i16x8 0
      i16x8.eq | i16x8 32768 32769 65534 65535 0 -1 -32767 -32768 | i16x8 -32768 -32767 -1 0 65535 65534 32769 32768 = i16x8 -1 -1 0 0 0 0 -1 -1
      i16x8.eq | i16x8 33152 33666 65277 255 256 32514 64896 65534 | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i16x8 -1
      i16x8.eq | i16x8 -128 -128 0 0 1 1 255 255 | i8x16 -128 -128 -128 -128 0 0 0 0 1 1 1 1 255 255 255 255 = i16x8 0 0 -1 -1 0 0 0 0
      i16x8.eq | i16x8 65535 65535 0 0 1 1 32768 32768 | i32x4 65535 0 1 32768 = i16x8 -1 0 -1 -1 -1 0 -1 0
      i16x8.extadd_pairwise_i8x16_s | i8x16 1 = i16x8 2
      i16x8.extadd_pairwise_i8x16_s | i8x16 -1 = i16x8 -2
      i16x8.extadd_pairwise_i8x16_s | i8x16 -127 = i16x8 -254
      i16x8.extadd_pairwise_i8x16_s | i8x16 -128 = i16x8 -256
      i16x8.extadd_pairwise_i8x16_s | i8x16 127 = i16x8 254
      i16x8.extadd_pairwise_i8x16_s | i8x16 255 = i16x8 -2
      i16x8.extadd_pairwise_i8x16_u | i8x16 1 = i16x8 2
      i16x8.extadd_pairwise_i8x16_u | i8x16 -1 = i16x8 510
      i16x8.extadd_pairwise_i8x16_u | i8x16 -127 = i16x8 258
      i16x8.extadd_pairwise_i8x16_u | i8x16 -128 = i16x8 256
      i16x8.extadd_pairwise_i8x16_u | i8x16 127 = i16x8 254
      i16x8.extadd_pairwise_i8x16_u | i8x16 255 = i16x8 510
      i16x8.extend_high_i8x16_s | i8x16 1 1 1 1 1 1 1 1 -1 -1 -1 -1 -1 -1 -1 -1 = i16x8 -1
      i16x8.extend_high_i8x16_s | i8x16 -1 -1 -1 -1 -1 -1 -1 -1 1 1 1 1 1 1 1 1 = i16x8 1
      i16x8.extend_high_i8x16_s | i8x16 127 127 127 127 127 127 127 127 -128 -128 -128 -128 -128 -128 -128 -128 = i16x8 -128
      i16x8.extend_high_i8x16_s | i8x16 -128 -128 -128 -128 -128 -128 -128 -128 127 127 127 127 127 127 127 127 = i16x8 127
      i16x8.extend_high_i8x16_s | i8x16 127 127 127 127 127 127 127 127 -1 -1 -1 -1 -1 -1 -1 -1 = i16x8 -1
      i16x8.extend_high_i8x16_s | i8x16 -1 -1 -1 -1 -1 -1 -1 -1 127 127 127 127 127 127 127 127 = i16x8 127
      i16x8.extend_high_i8x16_u | i8x16 1 1 1 1 1 1 1 1 -1 -1 -1 -1 -1 -1 -1 -1 = i16x8 255
      i16x8.extend_high_i8x16_u | i8x16 127 127 127 127 127 127 127 127 -128 -128 -128 -128 -128 -128 -128 -128 = i16x8 128
      i16x8.extend_high_i8x16_u | i8x16 127 127 127 127 127 127 127 127 -1 -1 -1 -1 -1 -1 -1 -1 = i16x8 255
      i16x8.extend_high_i8x16_u | i8x16 -127 -127 -127 -127 -127 -127 -127 -127 -128 -128 -128 -128 -128 -128 -128 -128 = i16x8 128
      i16x8.extend_high_i8x16_u | i8x16 -128 -128 -128 -128 -128 -128 -128 -128 -1 -1 -1 -1 -1 -1 -1 -1 = i16x8 255
      i16x8.extend_high_i8x16_u | i8x16 -1 -1 -1 -1 -1 -1 -1 -1 -128 -128 -128 -128 -128 -128 -128 -128 = i16x8 128
      i16x8.extend_low_i8x16_s | i8x16 1 1 1 1 1 1 1 1 -1 -1 -1 -1 -1 -1 -1 -1 = i16x8 1
      i16x8.extend_low_i8x16_s | i8x16 -1 -1 -1 -1 -1 -1 -1 -1 1 1 1 1 1 1 1 1 = i16x8 -1
      i16x8.extend_low_i8x16_s | i8x16 127 127 127 127 127 127 127 127 -128 -128 -128 -128 -128 -128 -128 -128 = i16x8 127
      i16x8.extend_low_i8x16_s | i8x16 -128 -128 -128 -128 -128 -128 -128 -128 127 127 127 127 127 127 127 127 = i16x8 -128
      i16x8.extend_low_i8x16_s | i8x16 127 127 127 127 127 127 127 127 -1 -1 -1 -1 -1 -1 -1 -1 = i16x8 127
      i16x8.extend_low_i8x16_s | i8x16 -1 -1 -1 -1 -1 -1 -1 -1 127 127 127 127 127 127 127 127 = i16x8 -1
      i16x8.extend_low_i8x16_u | i8x16 -1 -1 -1 -1 -1 -1 -1 -1 1 1 1 1 1 1 1 1 = i16x8 255
      i16x8.extend_low_i8x16_u | i8x16 -128 -128 -128 -128 -128 -128 -128 -128 127 127 127 127 127 127 127 127 = i16x8 128
      i16x8.extend_low_i8x16_u | i8x16 -1 -1 -1 -1 -1 -1 -1 -1 127 127 127 127 127 127 127 127 = i16x8 255
      i16x8.extend_low_i8x16_u | i8x16 -128 -128 -128 -128 -128 -128 -128 -128 -127 -127 -127 -127 -127 -127 -127 -127 = i16x8 128
      i16x8.extend_low_i8x16_u | i8x16 -128 -128 -128 -128 -128 -128 -128 -128 -1 -1 -1 -1 -1 -1 -1 -1 = i16x8 128
      i16x8.extend_low_i8x16_u | i8x16 -1 -1 -1 -1 -1 -1 -1 -1 -128 -128 -128 -128 -128 -128 -128 -128 = i16x8 255
      i16x8.extmul_high_i8x16_s | i8x16 128 | i8x16 1 = i16x8 -128
      i16x8.extmul_high_i8x16_s | i8x16 -127 | i8x16 -1 = i16x8 127
      i16x8.extmul_high_i8x16_s | i8x16 -128 | i8x16 -1 = i16x8 128
      i16x8.extmul_high_i8x16_s | i8x16 255 | i8x16 1 = i16x8 -1
      i16x8.extmul_high_i8x16_s | i8x16 255 | i8x16 -1 = i16x8 1
      i16x8.extmul_high_i8x16_s | i8x16 255 | i8x16 127 = i16x8 -127
      i16x8.extmul_high_i8x16_u | i8x16 1 | i8x16 -1 = i16x8 255
      i16x8.extmul_high_i8x16_u | i8x16 128 | i8x16 1 = i16x8 128
      i16x8.extmul_high_i8x16_u | i8x16 -127 | i8x16 -1 = i16x8 -32641
      i16x8.extmul_high_i8x16_u | i8x16 -128 | i8x16 -1 = i16x8 32640
      i16x8.extmul_high_i8x16_u | i8x16 -128 | i8x16 -128 = i16x8 16384
      i16x8.extmul_high_i8x16_u | i8x16 -128 | i8x16 -127 = i16x8 16512
      i16x8.extmul_low_i8x16_s | i8x16 128 | i8x16 1 = i16x8 -128
      i16x8.extmul_low_i8x16_s | i8x16 -127 | i8x16 -1 = i16x8 127
      i16x8.extmul_low_i8x16_s | i8x16 -128 | i8x16 -1 = i16x8 128
      i16x8.extmul_low_i8x16_s | i8x16 255 | i8x16 1 = i16x8 -1
      i16x8.extmul_low_i8x16_s | i8x16 255 | i8x16 -1 = i16x8 1
      i16x8.extmul_low_i8x16_s | i8x16 255 | i8x16 127 = i16x8 -127
      i16x8.extmul_low_i8x16_u | i8x16 1 | i8x16 -1 = i16x8 255
      i16x8.extmul_low_i8x16_u | i8x16 128 | i8x16 1 = i16x8 128
      i16x8.extmul_low_i8x16_u | i8x16 -127 | i8x16 -1 = i16x8 -32641
      i16x8.extmul_low_i8x16_u | i8x16 -128 | i8x16 -1 = i16x8 32640
      i16x8.extmul_low_i8x16_u | i8x16 -128 | i8x16 -128 = i16x8 16384
      i16x8.extmul_low_i8x16_u | i8x16 -128 | i8x16 -127 = i16x8 16512
      i16x8.extract_lane_s 0 | i16x8 32767 0 0 0 0 0 0 0 = i32 32767
      i16x8.extract_lane_s 0 | i16x8 0x7fff 0 0 0 0 0 0 0 = i32 32767
      i16x8.extract_lane_s 0 | i16x8 65535 0 0 0 0 0 0 0 = i32 -1
      i16x8.extract_lane_s 0 | i16x8 0xffff 0 0 0 0 0 0 0 = i32 -1
      i16x8.extract_lane_s 7 | i16x8 0 0 0 0 0 0 0 -32768 = i32 -32768
      i16x8.extract_lane_s 7 | i16x8 0 0 0 0 0 0 0 0x8000 = i32 -32768
      i16x8.extract_lane_u 0 | i16x8 65535 0 0 0 0 0 0 0 = i32 65535
      i16x8.extract_lane_u 0 | i16x8 0xffff 0 0 0 0 0 0 0 = i32 65535
      i16x8.extract_lane_u 7 | i16x8 0 0 0 0 0 0 0 -1 = i32 65535
      i16x8.extract_lane_u 7 | i16x8 0 0 0 0 0 0 0 0xffff = i32 65535
      i16x8.extract_lane_u 7 | i16x8 0 0 0 0 0 0 0 -32768 = i32 32768
      i16x8.extract_lane_u 7 | i16x8 0 0 0 0 0 0 0 0x8000 = i32 32768
      i16x8.ge_s | i16x8 -32768 65534 -1 -0 0 1 2 65535 | i16x8 32768 -2 -1 -0 0 1 2 -1 = i16x8 -1
      i16x8.ge_s | i16x8 0x8000 0x8001 0x8002 0x8003 0x8004 0x8005 0x8006 0x8007 | i16x8 32775 32774 32773 32772 32771 32770 32769 32768 = i16x8 0 0 0 0 -1 -1 -1 -1
      i16x8.ge_s | i16x8 32768 32769 65534 65535 0 -1 -32767 -32768 | i16x8 -32768 -32767 -1 0 65535 65534 32769 32768 = i16x8 -1 -1 0 0 -1 -1 -1 -1
      i16x8.ge_s | i16x8 33152 33666 65277 255 256 32514 64896 65534 | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i16x8 -1
      i16x8.ge_s | i16x8 -128 -128 0 0 1 1 255 255 | i8x16 -128 -128 -128 -128 0 0 0 0 1 1 1 1 255 255 255 255 = i16x8 -1 -1 -1 -1 0 0 -1 -1
      i16x8.ge_s | i16x8 65535 65535 0 0 1 1 32768 32768 | i32x4 65535 0 1 32768 = i16x8 -1 0 -1 -1 -1 -1 -1 0
      i16x8.ge_u | i16x8 -32768 65534 -1 -0 0 1 2 65535 | i16x8 32768 -2 -1 -0 0 1 2 -1 = i16x8 -1
      i16x8.ge_u | i16x8 0x8000 0x8001 0x8002 0x8003 0x8004 0x8005 0x8006 0x8007 | i16x8 32775 32774 32773 32772 32771 32770 32769 32768 = i16x8 0 0 0 0 -1 -1 -1 -1
      i16x8.ge_u | i16x8 32768 32769 65534 65535 0 -1 -32767 -32768 | i16x8 -32768 -32767 -1 0 65535 65534 32769 32768 = i16x8 -1 -1 0 -1 0 -1 -1 -1
      i16x8.ge_u | i16x8 33152 33666 65277 255 256 32514 64896 65534 | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i16x8 -1
      i16x8.ge_u | i16x8 -128 -128 0 0 1 1 255 255 | i8x16 -128 -128 -128 -128 0 0 0 0 1 1 1 1 255 255 255 255 = i16x8 -1 -1 -1 -1 0 0 0 0
      i16x8.ge_u | i16x8 65535 65535 0 0 1 1 32768 32768 | i32x4 -128 0 1 255 = i16x8 -1
      i16x8.gt_s | i16x8 -32768 65534 -1 -0 0 1 2 65535 | i16x8 32768 -2 -1 -0 0 1 2 -1 = i16x8 0
      i16x8.gt_s | i16x8 0x8000 0x8001 0x8002 0x8003 0x8004 0x8005 0x8006 0x8007 | i16x8 32775 32774 32773 32772 32771 32770 32769 32768 = i16x8 0 0 0 0 -1 -1 -1 -1
      i16x8.gt_s | i16x8 32768 32769 65534 65535 0 -1 -32767 -32768 | i16x8 -32768 -32767 -1 0 65535 65534 32769 32768 = i16x8 0 0 0 0 -1 -1 0 0
      i16x8.gt_s | i16x8 33152 33666 65277 255 256 32514 64896 65534 | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i16x8 0
      i16x8.gt_s | i16x8 -128 -128 0 0 1 1 255 255 | i8x16 -128 -128 -128 -128 0 0 0 0 1 1 1 1 255 255 255 255 = i16x8 -1 -1 0 0 0 0 -1 -1
      i16x8.gt_s | i16x8 65535 65535 0 0 1 1 32768 32768 | i32x4 65535 0 1 32768 = i16x8 0 0 0 0 0 -1 0 0
      i16x8.gt_u | i16x8 0x0000 0x0000 0x0000 0x0000 0xFFFF 0xFFFF 0xFFFF 0xFFFF | i16x8 0xFFFF 0xFFFF 0xFFFF 0xFFFF 0x0000 0x0000 0x0000 0x0000 = i16x8 0 0 0 0 -1 -1 -1 -1
      i16x8.gt_u | i16x8 0x8000 0x8001 0x8002 0x8003 0x8004 0x8005 0x8006 0x8007 | i16x8 32775 32774 32773 32772 32771 32770 32769 32768 = i16x8 0 0 0 0 -1 -1 -1 -1
      i16x8.gt_u | i16x8 32768 32769 65534 65535 0 -1 -32767 -32768 | i16x8 -32768 -32767 -1 0 65535 65534 32769 32768 = i16x8 0 0 0 -1 0 -1 0 0
      i16x8.gt_u | i16x8 33152 33666 65277 255 256 32514 64896 65534 | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i16x8 0
      i16x8.gt_u | i16x8 -128 -128 0 0 1 1 255 255 | i8x16 -128 -128 -128 -128 0 0 0 0 1 1 1 1 255 255 255 255 = i16x8 -1 -1 0 0 0 0 0 0
      i16x8.gt_u | i16x8 -128 -128 0 0 1 1 255 255 | i32x4 -128 0 1 255 = i16x8 0 0 0 0 0 -1 0 -1
      i16x8.le_s | i16x8 -32768 65534 -1 -0 0 1 2 65535 | i16x8 32768 -2 -1 -0 0 1 2 -1 = i16x8 -1
      i16x8.le_s | i16x8 0x8000 0x8001 0x8002 0x8003 0x8004 0x8005 0x8006 0x8007 | i16x8 32775 32774 32773 32772 32771 32770 32769 32768 = i16x8 -1 -1 -1 -1 0 0 0 0
      i16x8.le_s | i16x8 32768 32769 65534 65535 0 -1 -32767 -32768 | i16x8 -32768 -32767 -1 0 65535 65534 32769 32768 = i16x8 -1 -1 -1 -1 0 0 -1 -1
      i16x8.le_s | i16x8 33152 33666 65277 255 256 32514 64896 65534 | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i16x8 -1
      i16x8.le_s | i16x8 -128 -128 0 0 1 1 255 255 | i8x16 -128 -128 -128 -128 0 0 0 0 1 1 1 1 255 255 255 255 = i16x8 0 0 -1 -1 -1 -1 0 0
      i16x8.le_s | i16x8 -128 -128 0 0 1 1 255 255 | i32x4 -128 0 1 255 = i16x8 -1 -1 -1 -1 -1 0 -1 0
      i16x8.le_u | i16x8 -32768 65534 -1 -0 0 1 2 65535 | i16x8 32768 -2 -1 -0 0 1 2 -1 = i16x8 -1
      i16x8.le_u | i16x8 0x8000 0x8001 0x8002 0x8003 0x8004 0x8005 0x8006 0x8007 | i16x8 32775 32774 32773 32772 32771 32770 32769 32768 = i16x8 -1 -1 -1 -1 0 0 0 0
      i16x8.le_u | i16x8 32768 32769 65534 65535 0 -1 -32767 -32768 | i16x8 -32768 -32767 -1 0 65535 65534 32769 32768 = i16x8 -1 -1 -1 0 -1 0 -1 -1
      i16x8.le_u | i16x8 33152 33666 65277 255 256 32514 64896 65534 | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i16x8 -1
      i16x8.le_u | i16x8 -128 -128 0 0 1 1 255 255 | i8x16 -128 -128 -128 -128 0 0 0 0 1 1 1 1 255 255 255 255 = i16x8 0 0 -1 -1 -1 -1 -1 -1
      i16x8.le_u | i16x8 -128 -128 0 0 1 1 255 255 | i32x4 -128 0 1 255 = i16x8 -1 -1 -1 -1 -1 0 -1 0
      i16x8.lt_s | i16x8 255 32767 -0 0 1 2 65534 65535 | i16x8 255 32767 0 0 1 2 -2 -1 = i16x8 0
      i16x8.lt_s | i16x8 0x0000 0x0000 0x0000 0x0000 0xFFFF 0xFFFF 0xFFFF 0xFFFF | i16x8 0xFFFF 0xFFFF 0xFFFF 0xFFFF 0x0000 0x0000 0x0000 0x0000 = i16x8 0 0 0 0 -1 -1 -1 -1
      i16x8.lt_s | i16x8 128 129 130 131 -0 255 32766 32767 | i16x8 32767 32766 255 -0 131 130 129 28 = i16x8 -1 -1 -1 0 -1 0 0 0
      i16x8.lt_s | i16x8 33152 33666 65277 255 256 32514 64896 65534 | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i16x8 0
      i16x8.lt_s | i16x8 -128 -128 0 0 1 1 255 255 | i8x16 -128 -128 -128 -128 0 0 0 0 1 1 1 1 255 255 255 255 = i16x8 0 0 0 0 -1 -1 0 0
      i16x8.lt_s | i16x8 -128 -128 0 0 1 1 255 255 | i32x4 -128 0 1 255 = i16x8 0 -1 0 0 0 0 0 0
      i16x8.lt_u | i16x8 255 32767 -0 0 1 2 65534 65535 | i16x8 255 32767 0 0 1 2 -2 -1 = i16x8 0
      i16x8.lt_u | i16x8 0x0000 0x0000 0x0000 0x0000 0xFFFF 0xFFFF 0xFFFF 0xFFFF | i16x8 0xFFFF 0xFFFF 0xFFFF 0xFFFF 0x0000 0x0000 0x0000 0x0000 = i16x8 -1 -1 -1 -1 0 0 0 0
      i16x8.lt_u | i16x8 128 129 130 131 -0 255 32766 32767 | i16x8 32767 32766 255 -0 131 130 129 28 = i16x8 -1 -1 -1 0 -1 0 0 0
      i16x8.lt_u | i16x8 33152 33666 65277 255 256 32514 64896 65534 | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i16x8 0
      i16x8.lt_u | i16x8 -128 -128 0 0 1 1 255 255 | i8x16 -128 -128 -128 -128 0 0 0 0 1 1 1 1 255 255 255 255 = i16x8 0 0 0 0 -1 -1 -1 -1
      i16x8.lt_u | i16x8 -128 -128 0 0 1 1 255 255 | i32x4 -128 0 1 255 = i16x8 0 -1 0 0 0 0 0 0
      i16x8.max_s | i16x8 0 0 0 0 -1 -1 -1 -1 | i16x8 0 0 -1 -1 0 0 -1 -1 = i16x8 0 0 0 0 0 0 -1 -1
      i16x8.max_s | i16x8 65535 | i16x8 1 = i16x8 1
      i16x8.max_s | i16x8 65535 | i16x8 128 = i16x8 128
      i16x8.max_s | i16x8 32768 | i16x8 -32768 = i16x8 32768
      i16x8.max_s | i16x8 -32768 -32768 32767 32767 16384 16384 65535 65535 | i16x8 65535 65535 16384 16384 32767 32767 -32768 -32768 = i16x8 65535 65535 32767 32767 32767 32767 65535 65535
      i16x8.max_s | i16x8 0 0 1 1 2 2 128 128 | i16x8 0 0 2 2 1 1 128 128 = i16x8 0 0 2 2 2 2 128 128
      i16x8.max_u | i16x8 0 0 0 0 -1 -1 -1 -1 | i16x8 0 0 -1 -1 0 0 -1 -1 = i16x8 0 0 -1 -1 -1 -1 -1 -1
      i16x8.max_u | i16x8 65535 | i16x8 1 = i16x8 65535
      i16x8.max_u | i16x8 65535 | i16x8 128 = i16x8 65535
      i16x8.max_u | i16x8 32768 | i16x8 -32768 = i16x8 32768
      i16x8.max_u | i16x8 -32768 -32768 32767 32767 16384 16384 65535 65535 | i16x8 65535 65535 16384 16384 32767 32767 -32768 -32768 = i16x8 65535 65535 32767 32767 32767 32767 65535 65535
      i16x8.max_u | i16x8 0 0 1 1 2 2 128 128 | i16x8 0 0 2 2 1 1 128 128 = i16x8 0 0 2 2 2 2 128 128
      i16x8.min_s | i16x8 0 0 0 0 -1 -1 -1 -1 | i16x8 0 0 -1 -1 0 0 -1 -1 = i16x8 0 0 -1 -1 -1 -1 -1 -1
      i16x8.min_s | i16x8 65535 | i16x8 1 = i16x8 65535
      i16x8.min_s | i16x8 65535 | i16x8 128 = i16x8 65535
      i16x8.min_s | i16x8 32768 | i16x8 -32768 = i16x8 32768
      i16x8.min_s | i16x8 -32768 -32768 32767 32767 16384 16384 65535 65535 | i16x8 65535 65535 16384 16384 32767 32767 -32768 -32768 = i16x8 -32768 -32768 16384 16384 16384 16384 -32768 -32768
      i16x8.min_s | i16x8 0 0 1 1 2 2 128 128 | i16x8 0 0 2 2 1 1 128 128 = i16x8 0 0 1 1 1 1 128 128
      i16x8.min_u | i16x8 0 0 0 0 -1 -1 -1 -1 | i16x8 0 0 -1 -1 0 0 -1 -1 = i16x8 0 0 0 0 0 0 -1 -1
      i16x8.min_u | i16x8 65535 | i16x8 1 = i16x8 1
      i16x8.min_u | i16x8 65535 | i16x8 128 = i16x8 128
      i16x8.min_u | i16x8 32768 | i16x8 -32768 = i16x8 32768
      i16x8.min_u | i16x8 -32768 -32768 32767 32767 16384 16384 65535 65535 | i16x8 65535 65535 16384 16384 32767 32767 -32768 -32768 = i16x8 -32768 -32768 16384 16384 16384 16384 -32768 -32768
      i16x8.min_u | i16x8 0 0 1 1 2 2 128 128 | i16x8 0 0 2 2 1 1 128 128 = i16x8 0 0 1 1 1 1 128 128
      i16x8.mul | i16x8 32768 | i16x8 1 = i16x8 -32768
      i16x8.mul | i16x8 -32767 | i16x8 -1 = i16x8 32767
      i16x8.mul | i16x8 65535 | i16x8 1 = i16x8 -1
      i16x8.mul | i16x8 65535 | i16x8 -1 = i16x8 1
      i16x8.mul | i16x8 65535 | i16x8 32767 = i16x8 -32767
      i16x8.mul | i16x8 0 1 2 3 4 5 6 7 | i16x8 0 0xffff 0xfffe 0xfffd 0xfffc 0xfffb 0xfffa 0xfff9 = i16x8 0 0xffff 0xfffc 0xfff7 0xfff0 0xffe7 0xffdc 0xffcf
      i16x8.narrow_i32x4_s | i32x4 1 | i32x4 -1 = i16x8 1 1 1 1 -1 -1 -1 -1
      i16x8.narrow_i32x4_s | i32x4 -0x7fff | i32x4 -0x8000 = i16x8 0x8001 0x8001 0x8001 0x8001 0x8000 0x8000 0x8000 0x8000
      i16x8.narrow_i32x4_s | i32x4 -0x8000 | i32x4 -0x7fff = i16x8 0x8000 0x8000 0x8000 0x8000 0x8001 0x8001 0x8001 0x8001
      i16x8.narrow_i32x4_s | i32x4 -0x8000 | i32x4 0x7fff = i16x8 0x8000 0x8000 0x8000 0x8000 0x7fff 0x7fff 0x7fff 0x7fff
      i16x8.narrow_i32x4_s | i32x4 -0x8000 | i32x4 0x8000 = i16x8 0x8000 0x8000 0x8000 0x8000 0x7fff 0x7fff 0x7fff 0x7fff
      i16x8.narrow_i32x4_s | i32x4 -0x8000 | i32x4 0xffff = i16x8 0x8000 0x8000 0x8000 0x8000 0x7fff 0x7fff 0x7fff 0x7fff
      i16x8.narrow_i32x4_u | i32x4 0 | i32x4 1 = i16x8 0 0 0 0 1 1 1 1
      i16x8.narrow_i32x4_u | i32x4 1 | i32x4 0 = i16x8 1 1 1 1 0 0 0 0
      i16x8.narrow_i32x4_u | i32x4 1 | i32x4 -1 = i16x8 1 1 1 1 0 0 0 0
      i16x8.narrow_i32x4_u | i32x4 -1 | i32x4 1 = i16x8 0 0 0 0 1 1 1 1
      i16x8.narrow_i32x4_u | i32x4 -1 | i32x4 0xffff = i16x8 0 0 0 0 0xffff 0xffff 0xffff 0xffff
      i16x8.narrow_i32x4_u | i32x4 -1 | i32x4 0x10000 = i16x8 0 0 0 0 0xffff 0xffff 0xffff 0xffff
      i16x8.ne | i16x8 255 32767 -0 0 1 2 65534 65535 | i16x8 255 32767 0 0 1 2 -2 -1 = i16x8 0
      i16x8.ne | i16x8 0x0000 0x0000 0x0000 0x0000 0xFFFF 0xFFFF 0xFFFF 0xFFFF | i16x8 0xFFFF 0xFFFF 0xFFFF 0xFFFF 0x0000 0x0000 0x0000 0x0000 = i16x8 -1
      i16x8.ne | i16x8 128 129 130 131 -0 255 32766 32767 | i16x8 32767 32766 255 -0 131 130 129 28 = i16x8 -1
      i16x8.ne | i16x8 33152 33666 65277 255 256 32514 64896 65534 | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i16x8 0
      i16x8.ne | i16x8 -128 -128 0 0 1 1 255 255 | i8x16 -128 -128 -128 -128 0 0 0 0 1 1 1 1 255 255 255 255 = i16x8 -1 -1 0 0 -1 -1 -1 -1
      i16x8.ne | i16x8 -128 -128 0 0 1 1 255 255 | i32x4 -128 0 1 255 = i16x8 0 -1 0 0 0 -1 0 -1
      i16x8.neg | i16x8 1 = i16x8 -1
      i16x8.neg | i16x8 -1 = i16x8 1
      i16x8.neg | i16x8 -32767 = i16x8 32767
      i16x8.neg | i16x8 32767 = i16x8 -32767
      i16x8.neg | i16x8 65535 = i16x8 1
      i16x8.neg | i16x8 -0x8000 = i16x8 -32768
      i16x8.q15mulr_sat_s | i16x8 32768 | i16x8 1 = i16x8 -1
      i16x8.q15mulr_sat_s | i16x8 -32767 | i16x8 -1 = i16x8 1
      i16x8.q15mulr_sat_s | i16x8 -32768 | i16x8 -1 = i16x8 1
      i16x8.q15mulr_sat_s | i16x8 -32768 | i16x8 -32767 = i16x8 32767
      i16x8.q15mulr_sat_s | i16x8 65535 | i16x8 32767 = i16x8 -1
      i16x8.q15mulr_sat_s | i16x8 65535 | i16x8 -32768 = i16x8 1
      i16x8.replace_lane 0 | i16x8 0 | i32 32767 = i16x8 32767 0 0 0 0 0 0 0
      i16x8.replace_lane 0 | i16x8 0 | i32 32768 = i16x8 -32768 0 0 0 0 0 0 0
      i16x8.replace_lane 0 | i16x8 0 | i32 65535 = i16x8 -1 0 0 0 0 0 0 0
      i16x8.replace_lane 7 | i16x8 0 | i32 -32768 = i16x8 0 0 0 0 0 0 0 -32768
      i16x8.replace_lane 7 | i16x8 0 | i32 -32769 = i16x8 0 0 0 0 0 0 0 32767
      i16x8.replace_lane 7 | i16x8 0 | i32 0x7fffffff = i16x8 0 0 0 0 0 0 0 0xffff
      i16x8.shl | i16x8 -128 -64 0 1 2 3 4 5 | i32 1 = i16x8 65280 65408 0 2 4 6 8 10
      i16x8.shl | i16x8 0 1 2 3 4 5 6 7 | i32 8 = i16x8 0 256 512 768 1024 1280 1536 1792
      i16x8.shl | i16x8 0 1 2 3 4 5 6 7 | i32 32 = i16x8 0 1 2 3 4 5 6 7
      i16x8.shl | i16x8 0 1 2 3 4 5 6 7 | i32 128 = i16x8 0 1 2 3 4 5 6 7
      i16x8.shl | i16x8 0 1 2 3 4 5 6 7 | i32 256 = i16x8 0 1 2 3 4 5 6 7
      i16x8.shl | i16x8 -128 -64 0 1 2 3 4 5 | i32 17 = i16x8 65280 65408 0 2 4 6 8 10
      i16x8.shr_s | i16x8 -128 -64 0 1 2 3 4 5 | i32 1 = i16x8 65472 65504 0 0 1 1 2 2
      i16x8.shr_s | i16x8 0 1 2 3 4 5 6 7 | i32 32 = i16x8 0 1 2 3 4 5 6 7
      i16x8.shr_s | i16x8 0 1 2 3 4 5 6 7 | i32 128 = i16x8 0 1 2 3 4 5 6 7
      i16x8.shr_s | i16x8 0 1 2 3 4 5 6 7 | i32 256 = i16x8 0 1 2 3 4 5 6 7
      i16x8.shr_s | i16x8 -128 -64 0 1 2 3 4 5 | i32 17 = i16x8 65472 65504 0 0 1 1 2 2
      i16x8.shr_s | i16x8 0 1 2 3 4 5 6 7 | i32 17 = i16x8 0 0 1 1 2 2 3 3
      i16x8.shr_u | i16x8 -128 -64 0 1 2 3 4 5 | i32 1 = i16x8 32704 32736 0 0 1 1 2 2
      i16x8.shr_u | i16x8 0 1 2 3 4 5 6 7 | i32 32 = i16x8 0 1 2 3 4 5 6 7
      i16x8.shr_u | i16x8 0 1 2 3 4 5 6 7 | i32 128 = i16x8 0 1 2 3 4 5 6 7
      i16x8.shr_u | i16x8 0 1 2 3 4 5 6 7 | i32 256 = i16x8 0 1 2 3 4 5 6 7
      i16x8.shr_u | i16x8 -128 -64 0 1 2 3 4 5 | i32 17 = i16x8 32704 32736 0 0 1 1 2 2
      i16x8.shr_u | i16x8 0 1 2 3 4 5 6 7 | i32 17 = i16x8 0 0 1 1 2 2 3 3
      i16x8.splat | i32 65537 = i16x8 1
      i16x8.splat | i32 0xffff = i16x8 -1
      i16x8.splat | i32 -32768 = i16x8 -32768
      i16x8.splat | i32 32767 = i16x8 32767
      i16x8.splat | i32 -32769 = i16x8 32767
      i16x8.splat | i32 32768 = i16x8 -32768
      i16x8.sub | i16x8 32768 | i16x8 1 = i16x8 32767
      i16x8.sub | i16x8 -32768 | i16x8 -1 = i16x8 -32767
      i16x8.sub | i16x8 -32768 | i16x8 -32767 = i16x8 -1
      i16x8.sub | i16x8 0x7fff | i8x16 0 0x80 0 0x80 0 0x80 0 0x80 0 0x80 0 0x80 0 0x80 0 0x80 = i16x8 -1
      i16x8.sub | i16x8 0 1 2 3 4 5 6 7 | i16x8 0 0xffff 0xfffe 0xfffd 0xfffc 0xfffb 0xfffa 0xfff9 = i16x8 0 0x02 0x04 0x06 0x08 0x0a 0x0c 0x0e
      i16x8.sub | i16x8 0 1 2 3 4 5 6 7 | i16x8 0 2 4 6 8 10 12 14 = i16x8 0 -1 -2 -3 -4 -5 -6 -7
      i16x8.sub_sat_s | i16x8 32768 | i16x8 1 = i16x8 -32768
      i16x8.sub_sat_s | i16x8 -32768 | i16x8 -1 = i16x8 -32767
      i16x8.sub_sat_s | i16x8 -32768 | i16x8 -32767 = i16x8 -1
      i16x8.sub_sat_s | i16x8 65535 | i16x8 32767 = i16x8 -32768
      i16x8.sub_sat_s | i16x8 0 1 2 3 4 5 6 7 | i16x8 0 0xffff 0xfffe 0xfffd 0xfffc 0xfffb 0xfffa 0xfff9 = i16x8 0 2 4 6 8 10 12 14
      i16x8.sub_sat_s | i16x8 0 1 2 3 4 5 6 7 | i16x8 0 2 4 6 8 10 12 14 = i16x8 0 -1 -2 -3 -4 -5 -6 -7
      i16x8.sub_sat_u | i16x8 1 | i16x8 -1 = i16x8 0
      i16x8.sub_sat_u | i16x8 -16383 | i16x8 -16384 = i16x8 1
      i16x8.sub_sat_u | i16x8 32768 | i16x8 1 = i16x8 32767
      i16x8.sub_sat_u | i16x8 65535 | i16x8 32767 = i16x8 32768
      i16x8.sub_sat_u | i16x8 65535 | i16x8 -32768 = i16x8 32767
      i16x8.sub_sat_u | i16x8 0 1 2 3 4 5 6 7 | i16x8 0 0xffff 0xfffe 0xfffd 0xfffc 0xfffb 0xfffa 0xfff9 = i16x8 0
      i8x16.abs | i8x16 1 = i8x16 1
      i8x16.abs | i8x16 -1 = i8x16 1
      i8x16.abs | i8x16 255 = i8x16 1
      i8x16.abs | i8x16 -128 = i8x16 128
      i8x16.abs | i8x16 -0x80 = i8x16 0x80
      i8x16.abs | i8x16 -128 -128 -128 -128 127 127 127 127 64 64 64 64 255 255 255 255 = i8x16 128 128 128 128 127 127 127 127 64 64 64 64 1 1 1 1
      i8x16.add | i8x16 128 | i8x16 1 = i8x16 -127
      i8x16.add | i8x16 -127 | i8x16 -1 = i8x16 -128
      i8x16.add | i8x16 -128 | i8x16 -1 = i8x16 127
      i8x16.add | i8x16 -128 | i8x16 -127 = i8x16 1
      i8x16.add | i8x16 255 | i8x16 -128 = i8x16 127
      i8x16.add | i8x16 1 | i32x4 0x7f800000 = i8x16 0x01 0x01 0x81 0x80 0x01 0x01 0x81 0x80 0x01 0x01 0x81 0x80 0x01 0x01 0x81 0x80
      i8x16.add_sat_s | i8x16 128 | i8x16 1 = i8x16 -127
      i8x16.add_sat_s | i8x16 -127 | i8x16 -1 = i8x16 -128
      i8x16.add_sat_s | i8x16 0x7f | i8x16 0x80 = i8x16 -1
      i8x16.add_sat_s | i8x16 1 | i32x4 0x7f800000 = i8x16 0x01 0x01 0x81 0x7f 0x01 0x01 0x81 0x7f 0x01 0x01 0x81 0x7f 0x01 0x01 0x81 0x7f
      i8x16.add_sat_s | i8x16 1 | i32x4 0xff800000 = i8x16 0x01 0x01 0x81 0 0x01 0x01 0x81 0 0x01 0x01 0x81 0 0x01 0x01 0x81 0
      i8x16.add_sat_s | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 0 0xff 0xfe 0xfd 0xfc 0xfb 0xfa 0xf9 0xf8 0xf7 0xf6 0xf5 0xf4 0xf3 0xf2 0xf1 = i8x16 0
      i8x16.add_sat_u | i8x16 1 | i8x16 -1 = i8x16 255
      i8x16.add_sat_u | i8x16 -127 | i8x16 -1 = i8x16 255
      i8x16.add_sat_u | i8x16 -128 | i8x16 -1 = i8x16 255
      i8x16.add_sat_u | i8x16 1 | i32x4 0x7f800000 = i8x16 0x01 0x01 0x81 0x80 0x01 0x01 0x81 0x80 0x01 0x01 0x81 0x80 0x01 0x01 0x81 0x80
      i8x16.add_sat_u | i8x16 1 | i32x4 0xff800000 = i8x16 0x01 0x01 0x81 0xff 0x01 0x01 0x81 0xff 0x01 0x01 0x81 0xff 0x01 0x01 0x81 0xff
      i8x16.add_sat_u | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 0 0xff 0xfe 0xfd 0xfc 0xfb 0xfa 0xf9 0xf8 0xf7 0xf6 0xf5 0xf4 0xf3 0xf2 0xf1 = i8x16 0 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff
      i8x16.all_true | i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0 = i32 0
      i8x16.all_true | i8x16 1 1 1 1 1 1 1 1 1 1 1 1 1 1 0 1 = i32 0
      i8x16.all_true | i8x16 1 = i32 1
      i8x16.all_true | i8x16 -1 0 1 2 3 4 5 6 7 8 9 0xA 0xB 0xC 0xD 0xF = i32 0
      i8x16.all_true | i8x16 0xFF = i32 1
      i8x16.all_true | i8x16 0xAB = i32 1
      i8x16.avgr_u | i8x16 0 | i8x16 -1 = i8x16 128
      i8x16.avgr_u | i8x16 0 0 0 0 0 0 0 0 -1 -1 -1 -1 -1 -1 -1 -1 | i8x16 0 0 0 0 -1 -1 -1 -1 0 0 0 0 -1 -1 -1 -1 = i8x16 0 0 0 0 128 128 128 128 128 128 128 128 255 255 255 255
      i8x16.avgr_u | i8x16 0 | i8x16 0xff = i8x16 0x80
      i8x16.avgr_u | i8x16 255 | i8x16 1 = i8x16 128
      i8x16.avgr_u | i8x16 -128 -128 -128 -128 127 127 127 127 64 64 64 64 255 255 255 255 | i8x16 255 255 255 255 64 64 64 64 127 127 127 127 -128 -128 -128 -128 = i8x16 192 192 192 192 96 96 96 96 96 96 96 96 192 192 192 192
      i8x16.avgr_u | i8x16 0 0 0 0 1 1 1 1 2 2 2 2 128 128 128 128 | i8x16 0 0 0 0 2 2 2 2 1 1 1 1 128 128 128 128 = i8x16 0 0 0 0 2 2 2 2 2 2 2 2 128 128 128 128
      i8x16.bitmask | i8x16 0xFF = i32 0x0000FFFF
      i8x16.bitmask | i8x16 -1 0 1 2 3 4 5 6 7 8 9 0xA 0xB 0xC 0xD 0xF = i32 0x00000001
      i8x16.eq | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i8x16 -1
      i8x16.eq | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 -128 -127 -126 -125 -3 -2 -1 -0 0 1 2 127 128 253 254 255 = i8x16 -1
      i8x16.eq | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 255 254 253 128 127 2 1 0 0 -1 -2 -3 -125 -126 -127 -128 = i8x16 0 0 0 0 0 0 0 -1 -1 0 0 0 0 0 0 0
      i8x16.eq | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 255 254 253 128 127 2 1 0 -0 -1 -2 -3 -125 -126 -127 -128 = i8x16 0 0 0 0 0 0 0 -1 -1 0 0 0 0 0 0 0
      i8x16.eq | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i16x8 33152 33666 65277 255 256 32514 64896 65534 = i8x16 -1
      i8x16.eq | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i32x4 2206368128 16776957 2130837760 4294901120 = i8x16 -1
      i8x16.extract_lane_s 0 | i8x16 127 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 = i32 127
      i8x16.extract_lane_s 0 | i8x16 0x7f 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 = i32 127
      i8x16.extract_lane_s 0 | i8x16 255 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 = i32 -1
      i8x16.extract_lane_s 0 | i8x16 0xff 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 = i32 -1
      i8x16.extract_lane_s 15 | i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 -128 = i32 -128
      i8x16.extract_lane_s 15 | i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0x80 = i32 -128
      i8x16.extract_lane_u 0 | i8x16 255 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 = i32 255
      i8x16.extract_lane_u 0 | i8x16 0xff 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 = i32 255
      i8x16.extract_lane_u 15 | i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 -1 = i32 255
      i8x16.extract_lane_u 15 | i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0xff = i32 255
      i8x16.extract_lane_u 15 | i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 -128 = i32 128
      i8x16.extract_lane_u 15 | i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0x80 = i32 128
      i8x16.ge_s | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i8x16 -1
      i8x16.ge_s | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 -128 -127 -126 -125 -3 -2 -1 -0 0 1 2 127 128 253 254 255 = i8x16 -1
      i8x16.ge_s | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 255 254 253 128 127 2 1 0 0 -1 -2 -3 -125 -126 -127 -128 = i8x16 0 0 0 -1 0 0 0 -1 -1 -1 -1 -1 0 -1 -1 -1
      i8x16.ge_s | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 255 254 253 128 127 2 1 0 -0 -1 -2 -3 -125 -126 -127 -128 = i8x16 0 0 0 -1 0 0 0 -1 -1 -1 -1 -1 0 -1 -1 -1
      i8x16.ge_s | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i16x8 33152 33666 65277 255 256 32514 64896 65534 = i8x16 -1
      i8x16.ge_s | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i32x4 2206368128 16776957 2130837760 4294901120 = i8x16 -1
      i8x16.ge_u | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i8x16 -1
      i8x16.ge_u | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 -128 -127 -126 -125 -3 -2 -1 -0 0 1 2 127 128 253 254 255 = i8x16 -1
      i8x16.ge_u | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 255 254 253 128 127 2 1 0 0 -1 -2 -3 -125 -126 -127 -128 = i8x16 0 0 0 -1 -1 -1 -1 -1 -1 0 0 0 0 -1 -1 -1
      i8x16.ge_u | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 255 254 253 128 127 2 1 0 -0 -1 -2 -3 -125 -126 -127 -128 = i8x16 0 0 0 -1 -1 -1 -1 -1 -1 0 0 0 0 -1 -1 -1
      i8x16.ge_u | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i16x8 33152 33666 65277 255 256 32514 64896 65534 = i8x16 -1
      i8x16.ge_u | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i32x4 2206368128 16776957 2130837760 4294901120 = i8x16 -1
      i8x16.gt_s | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i8x16 0
      i8x16.gt_s | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 -128 -127 -126 -125 -3 -2 -1 -0 0 1 2 127 128 253 254 255 = i8x16 0
      i8x16.gt_s | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 255 254 253 128 127 2 1 0 0 -1 -2 -3 -125 -126 -127 -128 = i8x16 0 0 0 -1 0 0 0 0 0 -1 -1 -1 0 -1 -1 -1
      i8x16.gt_s | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 255 254 253 128 127 2 1 0 -0 -1 -2 -3 -125 -126 -127 -128 = i8x16 0 0 0 -1 0 0 0 0 0 -1 -1 -1 0 -1 -1 -1
      i8x16.gt_s | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i16x8 33152 33666 65277 255 256 32514 64896 65534 = i8x16 0
      i8x16.gt_s | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i32x4 2206368128 16776957 2130837760 4294901120 = i8x16 0
      i8x16.gt_u | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i8x16 0
      i8x16.gt_u | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 -128 -127 -126 -125 -3 -2 -1 -0 0 1 2 127 128 253 254 255 = i8x16 0
      i8x16.gt_u | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 255 254 253 128 127 2 1 0 0 -1 -2 -3 -125 -126 -127 -128 = i8x16 0 0 0 -1 -1 -1 -1 0 0 0 0 0 0 -1 -1 -1
      i8x16.gt_u | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 255 254 253 128 127 2 1 0 -0 -1 -2 -3 -125 -126 -127 -128 = i8x16 0 0 0 -1 -1 -1 -1 0 0 0 0 0 0 -1 -1 -1
      i8x16.gt_u | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i16x8 33152 33666 65277 255 256 32514 64896 65534 = i8x16 0
      i8x16.gt_u | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i32x4 2206368128 16776957 2130837760 4294901120 = i8x16 0
      i8x16.le_s | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i8x16 -1
      i8x16.le_s | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 -128 -127 -126 -125 -3 -2 -1 -0 0 1 2 127 128 253 254 255 = i8x16 -1
      i8x16.le_s | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 255 254 253 128 127 2 1 0 0 -1 -2 -3 -125 -126 -127 -128 = i8x16 -1 -1 -1 0 -1 -1 -1 -1 -1 0 0 0 -1 0 0 0
      i8x16.le_s | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 255 254 253 128 127 2 1 0 -0 -1 -2 -3 -125 -126 -127 -128 = i8x16 -1 -1 -1 0 -1 -1 -1 -1 -1 0 0 0 -1 0 0 0
      i8x16.le_s | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i16x8 33152 33666 65277 255 256 32514 64896 65534 = i8x16 -1
      i8x16.le_s | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i32x4 2206368128 16776957 2130837760 4294901120 = i8x16 -1
      i8x16.le_u | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i8x16 -1
      i8x16.le_u | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 -128 -127 -126 -125 -3 -2 -1 -0 0 1 2 127 128 253 254 255 = i8x16 -1
      i8x16.le_u | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 255 254 253 128 127 2 1 0 0 -1 -2 -3 -125 -126 -127 -128 = i8x16 -1 -1 -1 0 0 0 0 -1 -1 -1 -1 -1 -1 0 0 0
      i8x16.le_u | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 255 254 253 128 127 2 1 0 -0 -1 -2 -3 -125 -126 -127 -128 = i8x16 -1 -1 -1 0 0 0 0 -1 -1 -1 -1 -1 -1 0 0 0
      i8x16.le_u | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i16x8 33152 33666 65277 255 256 32514 64896 65534 = i8x16 -1
      i8x16.le_u | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i32x4 2206368128 16776957 2130837760 4294901120 = i8x16 -1
      i8x16.lt_s | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i8x16 0
      i8x16.lt_s | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 -128 -127 -126 -125 -3 -2 -1 -0 0 1 2 127 128 253 254 255 = i8x16 0
      i8x16.lt_s | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 255 254 253 128 127 2 1 0 0 -1 -2 -3 -125 -126 -127 -128 = i8x16 -1 -1 -1 0 -1 -1 -1 0 0 0 0 0 -1 0 0 0
      i8x16.lt_s | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 255 254 253 128 127 2 1 0 -0 -1 -2 -3 -125 -126 -127 -128 = i8x16 -1 -1 -1 0 -1 -1 -1 0 0 0 0 0 -1 0 0 0
      i8x16.lt_s | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i16x8 33152 33666 65277 255 256 32514 64896 65534 = i8x16 0
      i8x16.lt_s | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i32x4 2206368128 16776957 2130837760 4294901120 = i8x16 0
      i8x16.lt_u | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i8x16 0
      i8x16.lt_u | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 -128 -127 -126 -125 -3 -2 -1 -0 0 1 2 127 128 253 254 255 = i8x16 0
      i8x16.lt_u | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 255 254 253 128 127 2 1 0 0 -1 -2 -3 -125 -126 -127 -128 = i8x16 -1 -1 -1 0 0 0 0 0 0 -1 -1 -1 -1 0 0 0
      i8x16.lt_u | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 255 254 253 128 127 2 1 0 -0 -1 -2 -3 -125 -126 -127 -128 = i8x16 -1 -1 -1 0 0 0 0 0 0 -1 -1 -1 -1 0 0 0
      i8x16.lt_u | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i16x8 33152 33666 65277 255 256 32514 64896 65534 = i8x16 0
      i8x16.lt_u | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i32x4 2206368128 16776957 2130837760 4294901120 = i8x16 0
      i8x16.max_s | i8x16 0 0 0 0 0 0 0 0 -1 -1 -1 -1 -1 -1 -1 -1 | i8x16 0 0 0 0 -1 -1 -1 -1 0 0 0 0 -1 -1 -1 -1 = i8x16 0 0 0 0 0 0 0 0 0 0 0 0 -1 -1 -1 -1
      i8x16.max_s | i8x16 255 | i8x16 1 = i8x16 1
      i8x16.max_s | i8x16 255 | i8x16 128 = i8x16 255
      i8x16.max_s | i8x16 128 | i8x16 -128 = i8x16 128
      i8x16.max_s | i8x16 -128 -128 -128 -128 127 127 127 127 64 64 64 64 255 255 255 255 | i8x16 255 255 255 255 64 64 64 64 127 127 127 127 -128 -128 -128 -128 = i8x16 255 255 255 255 127 127 127 127 127 127 127 127 255 255 255 255
      i8x16.max_s | i8x16 0 0 0 0 1 1 1 1 2 2 2 2 128 128 128 128 | i8x16 0 0 0 0 2 2 2 2 1 1 1 1 128 128 128 128 = i8x16 0 0 0 0 2 2 2 2 2 2 2 2 128 128 128 128
      i8x16.max_u | i8x16 0 0 0 0 0 0 0 0 -1 -1 -1 -1 -1 -1 -1 -1 | i8x16 0 0 0 0 -1 -1 -1 -1 0 0 0 0 -1 -1 -1 -1 = i8x16 0 0 0 0 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1
      i8x16.max_u | i8x16 255 | i8x16 1 = i8x16 255
      i8x16.max_u | i8x16 255 | i8x16 128 = i8x16 255
      i8x16.max_u | i8x16 128 | i8x16 -128 = i8x16 128
      i8x16.max_u | i8x16 -128 -128 -128 -128 127 127 127 127 64 64 64 64 255 255 255 255 | i8x16 255 255 255 255 64 64 64 64 127 127 127 127 -128 -128 -128 -128 = i8x16 255 255 255 255 127 127 127 127 127 127 127 127 255 255 255 255
      i8x16.max_u | i8x16 0 0 0 0 1 1 1 1 2 2 2 2 128 128 128 128 | i8x16 0 0 0 0 2 2 2 2 1 1 1 1 128 128 128 128 = i8x16 0 0 0 0 2 2 2 2 2 2 2 2 128 128 128 128
      i8x16.min_s | i8x16 0 0 0 0 0 0 0 0 -1 -1 -1 -1 -1 -1 -1 -1 | i8x16 0 0 0 0 -1 -1 -1 -1 0 0 0 0 -1 -1 -1 -1 = i8x16 0 0 0 0 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1
      i8x16.min_s | i8x16 255 | i8x16 1 = i8x16 255
      i8x16.min_s | i8x16 255 | i8x16 128 = i8x16 128
      i8x16.min_s | i8x16 128 | i8x16 -128 = i8x16 128
      i8x16.min_s | i8x16 -128 -128 -128 -128 127 127 127 127 64 64 64 64 255 255 255 255 | i8x16 255 255 255 255 64 64 64 64 127 127 127 127 -128 -128 -128 -128 = i8x16 -128 -128 -128 -128 64 64 64 64 64 64 64 64 -128 -128 -128 -128
      i8x16.min_s | i8x16 0 0 0 0 1 1 1 1 2 2 2 2 128 128 128 128 | i8x16 0 0 0 0 2 2 2 2 1 1 1 1 128 128 128 128 = i8x16 0 0 0 0 1 1 1 1 1 1 1 1 128 128 128 128
      i8x16.min_u | i8x16 0 0 0 0 0 0 0 0 -1 -1 -1 -1 -1 -1 -1 -1 | i8x16 0 0 0 0 -1 -1 -1 -1 0 0 0 0 -1 -1 -1 -1 = i8x16 0 0 0 0 0 0 0 0 0 0 0 0 -1 -1 -1 -1
      i8x16.min_u | i8x16 255 | i8x16 1 = i8x16 1
      i8x16.min_u | i8x16 255 | i8x16 128 = i8x16 128
      i8x16.min_u | i8x16 128 | i8x16 -128 = i8x16 128
      i8x16.min_u | i8x16 -128 -128 -128 -128 127 127 127 127 64 64 64 64 255 255 255 255 | i8x16 255 255 255 255 64 64 64 64 127 127 127 127 -128 -128 -128 -128 = i8x16 -128 -128 -128 -128 64 64 64 64 64 64 64 64 -128 -128 -128 -128
      i8x16.min_u | i8x16 0 0 0 0 1 1 1 1 2 2 2 2 128 128 128 128 | i8x16 0 0 0 0 2 2 2 2 1 1 1 1 128 128 128 128 = i8x16 0 0 0 0 1 1 1 1 1 1 1 1 128 128 128 128
      i8x16.narrow_i16x8_s | i16x8 1 | i16x8 -1 = i8x16 1 1 1 1 1 1 1 1 -1 -1 -1 -1 -1 -1 -1 -1
      i8x16.narrow_i16x8_s | i16x8 -1 | i16x8 1 = i8x16 -1 -1 -1 -1 -1 -1 -1 -1 1 1 1 1 1 1 1 1
      i8x16.narrow_i16x8_s | i16x8 -0x80 | i16x8 -0x7f = i8x16 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x81 0x81 0x81 0x81 0x81 0x81 0x81 0x81
      i8x16.narrow_i16x8_s | i16x8 -0x80 | i16x8 0x7f = i8x16 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f
      i8x16.narrow_i16x8_s | i16x8 -0x80 | i16x8 0x80 = i8x16 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f
      i8x16.narrow_i16x8_s | i16x8 -0x80 | i16x8 0xff = i8x16 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f
      i8x16.narrow_i16x8_u | i16x8 1 | i16x8 -1 = i8x16 1 1 1 1 1 1 1 1 0 0 0 0 0 0 0 0
      i8x16.narrow_i16x8_u | i16x8 -1 | i16x8 1 = i8x16 0 0 0 0 0 0 0 0 1 1 1 1 1 1 1 1
      i8x16.narrow_i16x8_u | i16x8 0x7f | i16x8 0x80 = i8x16 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x80
      i8x16.narrow_i16x8_u | i16x8 0x80 | i16x8 0x7f = i8x16 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f 0x7f
      i8x16.narrow_i16x8_u | i16x8 -1 | i16x8 0xff = i8x16 0 0 0 0 0 0 0 0 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff
      i8x16.narrow_i16x8_u | i16x8 -1 | i16x8 0x100 = i8x16 0 0 0 0 0 0 0 0 0xff 0xff 0xff 0xff 0xff 0xff 0xff 0xff
      i8x16.ne | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 = i8x16 0
      i8x16.ne | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 -128 -127 -126 -125 -3 -2 -1 -0 0 1 2 127 128 253 254 255 = i8x16 0
      i8x16.ne | i8x16 0x80 0x81 0x82 0x83 0xFD 0xFE 0xFF 0x00 0x00 0x01 0x02 0x7F 0x80 0xFD 0xFE 0xFF | i8x16 255 254 253 128 127 2 1 0 0 -1 -2 -3 -125 -126 -127 -128 = i8x16 -1 -1 -1 -1 -1 -1 -1 0 0 -1 -1 -1 -1 -1 -1 -1
      i8x16.ne | i8x16 128 129 130 131 253 254 255 -0 0 1 2 127 128 253 254 255 | i8x16 255 254 253 128 127 2 1 0 -0 -1 -2 -3 -125 -126 -127 -128 = i8x16 -1 -1 -1 -1 -1 -1 -1 0 0 -1 -1 -1 -1 -1 -1 -1
      i8x16.ne | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i16x8 33152 33666 65277 255 256 32514 64896 65534 = i8x16 0
      i8x16.ne | i8x16 -128 -127 -126 -125 -3 -2 -1 0 0 1 2 127 128 253 254 255 | i32x4 2206368128 16776957 2130837760 4294901120 = i8x16 0
      i8x16.neg | i8x16 1 = i8x16 -1
      i8x16.neg | i8x16 -1 = i8x16 1
      i8x16.neg | i8x16 -127 = i8x16 127
      i8x16.neg | i8x16 127 = i8x16 -127
      i8x16.neg | i8x16 255 = i8x16 1
      i8x16.neg | i8x16 -0x80 = i8x16 -128
      i8x16.popcnt | i8x16 1 = i8x16 1
      i8x16.popcnt | i8x16 128 = i8x16 1
      i8x16.popcnt | i8x16 -128 = i8x16 1
      i8x16.popcnt | i8x16 -0x80 = i8x16 1
      i8x16.popcnt | i8x16 0x80 = i8x16 1
      i8x16.popcnt | i8x16 -128 -128 -128 -128 127 127 127 127 64 64 64 64 255 255 255 255 = i8x16 1 1 1 1 7 7 7 7 1 1 1 1 8 8 8 8
      i8x16.replace_lane 0 | i8x16 0 | i32 127 = i8x16 127 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
      i8x16.replace_lane 0 | i8x16 0 | i32 128 = i8x16 -128 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
      i8x16.replace_lane 0 | i8x16 0 | i32 255 = i8x16 -1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
      i8x16.replace_lane 15 | i8x16 0 | i32 -128 = i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 -128
      i8x16.replace_lane 15 | i8x16 0 | i32 -129 = i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 127
      i8x16.replace_lane 15 | i8x16 0 | i32 32767 = i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0xff
      i8x16.shl | i8x16 -128 -64 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D | i32 1 = i8x16 0 -128 0 2 4 6 8 10 12 14 16 18 0x14 0x16 0x18 0x1A
      i8x16.shl | i8x16 0xAA 0xBB 0xCC 0xDD 0xEE 0xFF 0xA0 0xB0 0xC0 0xD0 0xE0 0xF0 0x0A 0x0B 0x0C 0x0D | i32 4 = i8x16 0xA0 0xB0 0xC0 0xD0 0xE0 0xF0 0x00 0x00 0x00 0x00 0x00 0x00 0xA0 0xB0 0xC0 0xD0
      i8x16.shl | i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F | i32 8 = i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F
      i8x16.shl | i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F | i32 32 = i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F
      i8x16.shl | i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F | i32 128 = i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F
      i8x16.shl | i8x16 -128 -64 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D | i32 9 = i8x16 0 -128 0 2 4 6 8 10 12 14 16 18 0x14 0x16 0x18 0x1A
      i8x16.shr_s | i8x16 -128 -64 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D | i32 1 = i8x16 192 224 0 0 1 1 2 2 3 3 4 4 0x05 0x05 0x06 0x06
      i8x16.shr_s | i8x16 0xAA 0xBB 0xCC 0xDD 0xEE 0xFF 0xA0 0xB0 0xC0 0xD0 0xE0 0xF0 0x0A 0x0B 0x0C 0x0D | i32 4 = i8x16 0xFA 0xFB 0xFC 0xFD 0xFE 0xFF 0xFA 0xFB 0xFC 0xFD 0xFE 0xFF 0x00 0x00 0x00 0x00
      i8x16.shr_s | i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F | i32 8 = i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F
      i8x16.shr_s | i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F | i32 32 = i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F
      i8x16.shr_s | i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F | i32 128 = i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F
      i8x16.shr_s | i8x16 -128 -64 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D | i32 9 = i8x16 192 224 0 0 1 1 2 2 3 3 4 4 0x05 0x05 0x06 0x06
      i8x16.shr_u | i8x16 -128 -64 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D | i32 1 = i8x16 64 96 0 0 1 1 2 2 3 3 4 4 0x05 0x05 0x06 0x06
      i8x16.shr_u | i8x16 0xAA 0xBB 0xCC 0xDD 0xEE 0xFF 0xA0 0xB0 0xC0 0xD0 0xE0 0xF0 0x0A 0x0B 0x0C 0x0D | i32 4 = i8x16 0x0A 0x0B 0x0C 0x0D 0x0E 0x0F 0x0A 0x0B 0x0C 0x0D 0x0E 0x0F 0x00 0x00 0x00 0x00
      i8x16.shr_u | i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F | i32 8 = i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F
      i8x16.shr_u | i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F | i32 32 = i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F
      i8x16.shr_u | i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F | i32 128 = i8x16 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D 0x0e 0x0F
      i8x16.shr_u | i8x16 -128 -64 0 1 2 3 4 5 6 7 8 9 0x0A 0x0B 0x0C 0x0D | i32 9 = i8x16 64 96 0 0 1 1 2 2 3 3 4 4 0x05 0x05 0x06 0x06
      i8x16.shuffle 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 -16 -15 -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -3 -2 -1 = i8x16 -16 -15 -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -3 -2 -1
      i8x16.shuffle 31 30 29 28 27 26 25 24 23 22 21 20 19 18 17 16 | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 -16 -15 -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -3 -2 -1 = i8x16 -1 -2 -3 -4 -5 -6 -7 -8 -9 -10 -11 -12 -13 -14 -15 -16
      i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 -16 -15 -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -3 -2 -1 = i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
      i8x16.shuffle 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 -16 -15 -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -3 -2 -1 = i8x16 0
      i8x16.shuffle 16 16 16 16 16 16 16 16 16 16 16 16 16 16 16 16 | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 -16 -15 -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -3 -2 -1 = i8x16 -16
      i8x16.shuffle 0 0 0 0 0 0 0 0 16 16 16 16 16 16 16 16 | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 -16 -15 -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -3 -2 -1 = i8x16 0 0 0 0 0 0 0 0 -16 -16 -16 -16 -16 -16 -16 -16
      i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 0x64 0x65 0x66 0x67 0x68 0x69 0x6a 0x6b 0x6c 0x6d 0x6e 0x6f 0x70 0x71 0x72 0x73 | i8x16 0xf0 0xf1 0xf2 0xf3 0xf4 0xf5 0xf6 0xf7 0xf8 0xf9 0xfa 0xfb 0xfc 0xfd 0xfe 0xff = i8x16 0x64 0x65 0x66 0x67 0x68 0x69 0x6a 0x6b 0x6c 0x6d 0x6e 0x6f 0x70 0x71 0x72 0x73
      i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i16x8 0x0100 0x0302 0x0504 0x0706 0x0908 0x0b0a 0x0d0c 0x0f0e | i8x16 -16 -15 -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -3 -2 -1 = i16x8 0x0100 0x0302 0x0504 0x0706 0x0908 0x0b0a 0x0d0c 0x0f0e
      i8x16.splat | i32 257 = i8x16 1
      i8x16.splat | i32 0xff = i8x16 -1
      i8x16.splat | i32 -128 = i8x16 -128
      i8x16.splat | i32 127 = i8x16 127
      i8x16.splat | i32 -129 = i8x16 127
      i8x16.splat | i32 128 = i8x16 -128
      i8x16.sub | i8x16 128 | i8x16 1 = i8x16 127
      i8x16.sub | i8x16 -128 | i8x16 -1 = i8x16 -127
      i8x16.sub | i8x16 -128 | i8x16 -127 = i8x16 -1
      i8x16.sub | i8x16 255 | i8x16 127 = i8x16 -128
      i8x16.sub | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 0 0xff 0xfe 0xfd 0xfc 0xfb 0xfa 0xf9 0xf8 0xf7 0xf6 0xf5 0xf4 0xf3 0xf2 0xf1 = i8x16 0 0x02 0x04 0x06 0x08 0x0a 0x0c 0x0e 0x10 0x12 0x14 0x16 0x18 0x1a 0x1c 0x1e
      i8x16.sub | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 0 2 4 6 8 10 12 14 16 18 20 22 24 26 28 30 = i8x16 0 -1 -2 -3 -4 -5 -6 -7 -8 -9 -10 -11 -12 -13 -14 -15
      i8x16.sub_sat_s | i8x16 128 | i8x16 1 = i8x16 -128
      i8x16.sub_sat_s | i8x16 -128 | i8x16 -1 = i8x16 -127
      i8x16.sub_sat_s | i8x16 -128 | i8x16 -127 = i8x16 -1
      i8x16.sub_sat_s | i8x16 255 | i8x16 127 = i8x16 -128
      i8x16.sub_sat_s | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 0 0xff 0xfe 0xfd 0xfc 0xfb 0xfa 0xf9 0xf8 0xf7 0xf6 0xf5 0xf4 0xf3 0xf2 0xf1 = i8x16 0 0x02 0x04 0x06 0x08 0x0a 0x0c 0x0e 0x10 0x12 0x14 0x16 0x18 0x1a 0x1c 0x1e
      i8x16.sub_sat_s | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 0 2 4 6 8 10 12 14 16 18 20 22 24 26 28 30 = i8x16 0 -1 -2 -3 -4 -5 -6 -7 -8 -9 -10 -11 -12 -13 -14 -15
      i8x16.sub_sat_u | i8x16 1 | i8x16 -1 = i8x16 0
      i8x16.sub_sat_u | i8x16 128 | i8x16 1 = i8x16 127
      i8x16.sub_sat_u | i8x16 -127 | i8x16 -1 = i8x16 0
      i8x16.sub_sat_u | i8x16 255 | i8x16 127 = i8x16 128
      i8x16.sub_sat_u | i8x16 255 | i8x16 -128 = i8x16 127
      i8x16.sub_sat_u | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 | i8x16 0 0xff 0xfe 0xfd 0xfc 0xfb 0xfa 0xf9 0xf8 0xf7 0xf6 0xf5 0xf4 0xf3 0xf2 0xf1 = i8x16 0
      i8x16.swizzle | i8x16 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 = i8x16 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
      i8x16.swizzle | i8x16 -16 -15 -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -3 -2 -1 | i8x16 -8 -7 -6 -5 -4 -3 -2 -1 16 17 18 19 20 21 22 23 = i8x16 0
      i8x16.swizzle | i8x16 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 | i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 = i8x16 115 114 113 112 111 110 109 108 107 106 105 104 103 102 101 100
      i8x16.swizzle | i8x16 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 | i8x16 -1 1 -2 2 -3 3 -4 4 -5 5 -6 6 -7 7 -8 8 = i8x16 0 101 0 102 0 103 0 104 0 105 0 106 0 107 0 108
      i8x16.swizzle | i16x8 0x6465 0x6667 0x6869 0x6a6b 0x6c6d 0x6e6f 0x7071 0x7273 | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 = i16x8 0x6465 0x6667 0x6869 0x6a6b 0x6c6d 0x6e6f 0x7071 0x7273
      i8x16.swizzle | i32x4 0x64656667 0x68696a6b 0x6c6d6e6f 0x70717273 | i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 = i32x4 0x73727170 0x6f6e6d6c 0x6b6a6968 0x67666564
      i8x16.swizzle | i32x4 0x7fc00000 0xffc00000 0x7f800000 0xff800000 | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 = i32x4 0x7fc00000 0xffc00000 0x7f800000 0xff800000
      i8x16.swizzle | i32x4 1_234_567_890 0x1234_5678 01_234_567_890 0x0_1234_5678 | i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 = i32x4 0x4996_02d2 0x1234_5678 0x4996_02d2 0x1234_5678
      """;

  /** One instruction of {@link #INSTRUCTIONS}. */
  record Instruction(String mnemonic, String signature, String immediate) {
    /** The helper's name: the mnemonic split on '.' and '_', later parts capitalized. */
    String methodName() {
      String[] parts = mnemonic.split("[._]");
      StringBuilder name = new StringBuilder(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
      }
      return name.toString();
    }

    /**
     * The helper's parameter types by the contract: each v128 operand as two longs, low half first,
     * then the immediates, then a Context for a v128 result.
     */
    Class<?>[] parameterTypes() {
      List<Class<?>> types = new ArrayList<>();
      for (char c : signature.substring(0, signature.indexOf(':')).toCharArray()) {
        types.add(type(c));
      }
      switch (immediate) {
        case "LANE" -> types.add(int.class);
        case "SHUFFLE" -> {
          types.add(long.class);
          types.add(long.class);
        }
        default -> {}
      }
      return SimdAbi.parameterTypes(types, v128Result());
    }

    boolean v128Result() {
      return signature.endsWith(":v");
    }

    /** The helper's return type: a v128 result returns its low half. */
    Class<?> returnType() {
      return v128Result() ? long.class : type(signature.charAt(signature.length() - 1));
    }

    int laneCount() {
      return mnemonic.startsWith("i8x16") ? 16 : 8;
    }

    private static Class<?> type(char c) {
      return switch (c) {
        case 'v' -> V128.class;
        case 'i' -> int.class;
        default -> throw new IllegalArgumentException("signature letter " + c);
      };
    }

    Object call(Object... args) {
      try {
        return SimdAbi.invoke(SimdI8I16.class.getMethod(methodName(), parameterTypes()), args);
      } catch (InvocationTargetException e) {
        throw new AssertionError(mnemonic + " threw", e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(mnemonic + ": no helper " + methodName(), e);
      }
    }
  }

  private static final Map<String, Instruction> BY_MNEMONIC = new LinkedHashMap<>();

  static {
    for (String line : INSTRUCTIONS.strip().split("\n")) {
      String[] f = line.strip().split(" ");
      BY_MNEMONIC.put(f[0], new Instruction(f[0], f[1], f[2]));
    }
  }

  // ------------------------------------------------------------------ the contract

  @Test
  void everyInstructionHasItsHelperNamedAndTypedByTheRule() throws ReflectiveOperationException {
    assertEquals(83, BY_MNEMONIC.size());
    assertTrue(Modifier.isFinal(SimdI8I16.class.getModifiers()));
    assertTrue(Modifier.isPublic(SimdI8I16.class.getModifiers()));
    assertEquals(1, SimdI8I16.class.getDeclaredConstructors().length);
    assertTrue(Modifier.isPrivate(SimdI8I16.class.getDeclaredConstructors()[0].getModifiers()));
    for (Instruction in : BY_MNEMONIC.values()) {
      Method m = SimdI8I16.class.getMethod(in.methodName(), in.parameterTypes());
      assertTrue(Modifier.isStatic(m.getModifiers()), in.mnemonic());
      assertEquals(in.returnType(), m.getReturnType(), in.mnemonic());
    }
    long publicMethods =
        Arrays.stream(SimdI8I16.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .count();
    assertEquals(BY_MNEMONIC.size(), publicMethods, "one public method per instruction, no more");
  }

  @Test
  void namingRuleExamplesOfTheContract() {
    assertEquals("i16x8ExtmulLowI8x16S", BY_MNEMONIC.get("i16x8.extmul_low_i8x16_s").methodName());
    assertEquals("i8x16AddSatU", BY_MNEMONIC.get("i8x16.add_sat_u").methodName());
    assertEquals("i8x16ExtractLaneS", BY_MNEMONIC.get("i8x16.extract_lane_s").methodName());
  }

  /** HotSpot inlines any callee of at most 35 bytecode bytes (MaxInlineSize), hot or not. */
  @Test
  void everyPublicHelperIsSmallEnoughToInline() throws IOException {
    InlineSizes.Report sizes = InlineSizes.of(SimdI8I16.class);
    assertEquals(83, sizes.count());
    assertEquals(List.of(), sizes.tooBig());
  }

  // ------------------------------------------------------------------ the spec scripts' cases

  @TestFactory
  Stream<DynamicTest> specScriptCases() {
    Map<String, List<String>> byMnemonic = new LinkedHashMap<>();
    for (String line : SPEC_CASES.strip().split("\n")) {
      byMnemonic.computeIfAbsent(line.split(" ")[0], k -> new ArrayList<>()).add(line.strip());
    }
    assertEquals(
        List.copyOf(BY_MNEMONIC.keySet()).stream().sorted().toList(),
        byMnemonic.keySet().stream().sorted().toList(),
        "every instruction has spec cases");
    return byMnemonic.entrySet().stream()
        .map(e ->
            DynamicTest.dynamicTest(
                e.getKey(), () -> e.getValue().forEach(SimdI8I16Test::checkSpecCase)));
  }

  /**
   * Every v128 result writes its high half: the spec cases again with another value left in {@code
   * ctx.v128High} before each call.
   */
  @Test
  void everyV128ResultOverwritesTheHighHalfInTheContext() {
    SimdAbi.withSentinel(
        ~SimdAbi.SENTINEL,
        () -> {
          for (String line : SPEC_CASES.strip().split("\n")) {
            checkSpecCase(line.strip());
          }
        });
  }

  private static void checkSpecCase(String line) {
    String[] parts = line.split(" \\| | = ");
    String[] head = parts[0].split(" ");
    Instruction in = BY_MNEMONIC.get(head[0]);
    List<Object> args = new ArrayList<>();
    for (int i = 1; i < parts.length - 1; i++) {
      args.add(value(parts[i]));
    }
    if (in.immediate().equals("LANE")) {
      args.add(Integer.parseInt(head[1]));
    } else if (in.immediate().equals("SHUFFLE")) {
      long low = 0;
      long high = 0;
      for (int k = 0; k < 16; k++) {
        long index = Long.parseLong(head[1 + k]);
        if (k < 8) {
          low |= index << (8 * k);
        } else {
          high |= index << (8 * (k - 8));
        }
      }
      args.add(low);
      args.add(high);
    }
    assertEquals(value(parts[parts.length - 1]), in.call(args.toArray()), line);
  }

  /** A constant of {@link #SPEC_CASES}: a V128 or an Integer. */
  private static Object value(String text) {
    String[] t = text.strip().split(" ");
    if (t[0].equals("i32")) {
      return (int) parseInt(t[1]);
    }
    int lanes =
        switch (t[0]) {
          case "i8x16" -> 16;
          case "i16x8" -> 8;
          case "i32x4" -> 4;
          default -> throw new IllegalArgumentException(text);
        };
    int width = 128 / lanes;
    long low = 0;
    long high = 0;
    for (int k = 0; k < lanes; k++) {
      long lane = parseInt(t.length == 2 ? t[1] : t[1 + k]) & ((1L << width) - 1);
      if (k * width < 64) {
        low |= lane << (k * width);
      } else {
        high |= lane << (k * width - 64);
      }
    }
    return new V128(low, high);
  }

  /** A wasm integer literal: optional sign, decimal or 0x hexadecimal, maybe with underscores. */
  private static long parseInt(String literal) {
    String s = literal.replace("_", "");
    boolean negative = s.startsWith("-");
    String digits = negative || s.startsWith("+") ? s.substring(1) : s;
    long magnitude =
        digits.startsWith("0x")
            ? Long.parseUnsignedLong(digits.substring(2), 16)
            : Long.parseUnsignedLong(digits);
    return negative ? -magnitude : magnitude;
  }

  // ------------------------------------------------------------------ hand-picked edge cases

  @Test
  void lanesAreLittleEndianFromBitZeroOfLow() {
    V128 bytes = bytes(0x80, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0xFF);
    assertEquals(-128, SimdI8I16.i8x16ExtractLaneS(bytes.low(), bytes.high(), 0));
    assertEquals(0x80, SimdI8I16.i8x16ExtractLaneU(bytes.low(), bytes.high(), 0));
    assertEquals(8, SimdI8I16.i8x16ExtractLaneS(bytes.low(), bytes.high(), 8));
    assertEquals(-1, SimdI8I16.i8x16ExtractLaneS(bytes.low(), bytes.high(), 15));
    assertEquals(0xFF, SimdI8I16.i8x16ExtractLaneU(bytes.low(), bytes.high(), 15));
    assertEquals(0x0100 | 0x80, SimdI8I16.i16x8ExtractLaneU(bytes.low(), bytes.high(), 0));
    assertEquals(0x0908, SimdI8I16.i16x8ExtractLaneS(bytes.low(), bytes.high(), 4));
    assertEquals((short) 0xFF0E, SimdI8I16.i16x8ExtractLaneS(bytes.low(), bytes.high(), 7));
    assertEquals(0xFF0E, SimdI8I16.i16x8ExtractLaneU(bytes.low(), bytes.high(), 7));
    assertEquals(
        new V128(0x0000_0000_0000_AB00L, 0),
        SimdAbi.v128(SimdI8I16.i8x16ReplaceLane(0, 0, 0x12AB, 1, SimdAbi.ctx())));
    assertEquals(
        new V128(0, 0xCDEF_0000_0000_0000L),
        SimdAbi.v128(SimdI8I16.i16x8ReplaceLane(0, 0, 0x7654_CDEF, 7, SimdAbi.ctx())));
    assertEquals(
        new V128(0xFF, 0), SimdAbi.v128(SimdI8I16.i8x16ReplaceLane(0, 0, -1, 0, SimdAbi.ctx())));
    assertEquals(0b1000_0000_0000_0001, SimdI8I16.i8x16Bitmask(bytes.low(), bytes.high()));
    assertEquals(0b1000_0000, SimdI8I16.i16x8Bitmask(bytes.low(), bytes.high()));
    assertEquals(
        new V128(0xABAB_ABAB_ABAB_ABABL, 0xABAB_ABAB_ABAB_ABABL),
        SimdAbi.v128(SimdI8I16.i8x16Splat(0x12AB, SimdAbi.ctx())));
    assertEquals(
        new V128(0xABCD_ABCD_ABCD_ABCDL, 0xABCD_ABCD_ABCD_ABCDL),
        SimdAbi.v128(SimdI8I16.i16x8Splat(0x1234_ABCD, SimdAbi.ctx())));
  }

  @Test
  void shiftCountsAreTakenModuloTheLaneWidth() {
    V128 v = bytes(0x81, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, -1);
    for (int n : new int[] {8, 16, 32, -8, Integer.MIN_VALUE}) {
      assertEquals(
          v, SimdAbi.v128(SimdI8I16.i8x16Shl(v.low(), v.high(), n, SimdAbi.ctx())), "shl " + n);
      assertEquals(
          v, SimdAbi.v128(SimdI8I16.i8x16ShrS(v.low(), v.high(), n, SimdAbi.ctx())), "shr_s " + n);
      assertEquals(
          v, SimdAbi.v128(SimdI8I16.i8x16ShrU(v.low(), v.high(), n, SimdAbi.ctx())), "shr_u " + n);
    }
    for (int n : new int[] {16, 32, -16, Integer.MIN_VALUE}) {
      assertEquals(
          v, SimdAbi.v128(SimdI8I16.i16x8Shl(v.low(), v.high(), n, SimdAbi.ctx())), "shl " + n);
      assertEquals(
          v, SimdAbi.v128(SimdI8I16.i16x8ShrS(v.low(), v.high(), n, SimdAbi.ctx())), "shr_s " + n);
      assertEquals(
          v, SimdAbi.v128(SimdI8I16.i16x8ShrU(v.low(), v.high(), n, SimdAbi.ctx())), "shr_u " + n);
    }
    assertEquals(
        -1,
        SimdI8I16.i8x16ExtractLaneS(
            SimdI8I16.i8x16ShrS(v.low(), v.high(), -1, SimdAbi.ctx()), SimdAbi.high(), 0));
    assertEquals(
        1,
        SimdI8I16.i8x16ExtractLaneS(
            SimdI8I16.i8x16ShrU(v.low(), v.high(), -1, SimdAbi.ctx()), SimdAbi.high(), 0));
    assertEquals(
        0x80,
        SimdI8I16.i8x16ExtractLaneU(
            SimdI8I16.i8x16Shl(v.low(), v.high(), 15, SimdAbi.ctx()), SimdAbi.high(), 1));
    assertEquals(
        -1,
        SimdI8I16.i16x8ExtractLaneS(
            SimdI8I16.i16x8ShrS(v.low(), v.high(), 15, SimdAbi.ctx()), SimdAbi.high(), 7));
    assertEquals(
        1,
        SimdI8I16.i16x8ExtractLaneS(
            SimdI8I16.i16x8ShrU(v.low(), v.high(), 31, SimdAbi.ctx()), SimdAbi.high(), 7));
  }

  @Test
  void wrapAroundAndSaturationBoundaries() {
    V128 min8 = SimdAbi.v128(SimdI8I16.i8x16Splat(-128, SimdAbi.ctx()));
    V128 min16 = SimdAbi.v128(SimdI8I16.i16x8Splat(-32768, SimdAbi.ctx()));
    assertEquals(min8, SimdAbi.v128(SimdI8I16.i8x16Abs(min8.low(), min8.high(), SimdAbi.ctx())));
    assertEquals(min8, SimdAbi.v128(SimdI8I16.i8x16Neg(min8.low(), min8.high(), SimdAbi.ctx())));
    assertEquals(min16, SimdAbi.v128(SimdI8I16.i16x8Abs(min16.low(), min16.high(), SimdAbi.ctx())));
    assertEquals(min16, SimdAbi.v128(SimdI8I16.i16x8Neg(min16.low(), min16.high(), SimdAbi.ctx())));
    assertEquals(
        SimdAbi.v128(SimdI8I16.i16x8Splat(32767, SimdAbi.ctx())),
        SimdAbi.v128(
            SimdI8I16.i16x8Q15mulrSatS(
                min16.low(), min16.high(), min16.low(), min16.high(), SimdAbi.ctx())));
    assertEquals(
        SimdAbi.v128(SimdI8I16.i8x16Splat(8, SimdAbi.ctx())),
        SimdAbi.v128(
            SimdI8I16.i8x16Popcnt(
                SimdI8I16.i8x16Splat(-1, SimdAbi.ctx()), SimdAbi.high(), SimdAbi.ctx())));
    assertEquals(
        SimdAbi.v128(SimdI8I16.i8x16Splat(255, SimdAbi.ctx())),
        SimdAbi.v128(
            SimdI8I16.i8x16AvgrU(
                SimdI8I16.i8x16Splat(255, SimdAbi.ctx()),
                SimdAbi.high(),
                SimdI8I16.i8x16Splat(254, SimdAbi.ctx()),
                SimdAbi.high(),
                SimdAbi.ctx())));
    assertEquals(
        SimdAbi.v128(SimdI8I16.i16x8Splat(0x8000, SimdAbi.ctx())),
        SimdAbi.v128(
            SimdI8I16.i16x8AvgrU(
                SimdI8I16.i16x8Splat(0xFFFF, SimdAbi.ctx()),
                SimdAbi.high(),
                SimdI8I16.i16x8Splat(0, SimdAbi.ctx()),
                SimdAbi.high(),
                SimdAbi.ctx())));
    assertEquals(
        SimdAbi.v128(SimdI8I16.i16x8Splat(16384, SimdAbi.ctx())),
        SimdAbi.v128(
            SimdI8I16.i16x8ExtmulLowI8x16S(
                min8.low(), min8.high(), min8.low(), min8.high(), SimdAbi.ctx())));
    assertEquals(
        SimdAbi.v128(SimdI8I16.i16x8Splat(65025, SimdAbi.ctx())),
        SimdAbi.v128(
            SimdI8I16.i16x8ExtmulHighI8x16U(
                SimdI8I16.i8x16Splat(255, SimdAbi.ctx()),
                SimdAbi.high(),
                SimdI8I16.i8x16Splat(255, SimdAbi.ctx()),
                SimdAbi.high(),
                SimdAbi.ctx())));
    assertEquals(
        SimdAbi.v128(SimdI8I16.i16x8Splat(-256, SimdAbi.ctx())),
        SimdAbi.v128(SimdI8I16.i16x8ExtaddPairwiseI8x16S(min8.low(), min8.high(), SimdAbi.ctx())));
    // i16 lanes -32768, 32767, -129, 128 (four times)
    V128 wide = V128.ofInts(0x7FFF_8000, 0x0080_FF7F, 0x7FFF_8000, 0x0080_FF7F);
    assertEquals(
        new V128(0x7F80_7F80_7F80_7F80L, 0),
        SimdAbi.v128(SimdI8I16.i8x16NarrowI16x8S(wide.low(), wide.high(), 0, 0, SimdAbi.ctx())));
    assertEquals(
        new V128(0, 0x8000_FF00_8000_FF00L),
        SimdAbi.v128(SimdI8I16.i8x16NarrowI16x8U(0, 0, wide.low(), wide.high(), SimdAbi.ctx())));
    V128 lastZero = V128.ofBytes(new byte[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0});
    assertEquals(0, SimdI8I16.i8x16AllTrue(lastZero.low(), lastZero.high()));
    assertEquals(
        1, SimdI8I16.i8x16AllTrue(SimdI8I16.i8x16Splat(0x80, SimdAbi.ctx()), SimdAbi.high()));
    assertEquals(
        0,
        SimdI8I16.i16x8AllTrue(
            SimdI8I16.i8x16ReplaceLane(
                SimdI8I16.i16x8Splat(0x0100, SimdAbi.ctx()), SimdAbi.high(), 0, 1, SimdAbi.ctx()),
            SimdAbi.high()));
    assertEquals(
        1, SimdI8I16.i16x8AllTrue(SimdI8I16.i16x8Splat(0x0100, SimdAbi.ctx()), SimdAbi.high()));
  }

  @Test
  void shuffleAndSwizzlePickBytesByIndex() {
    V128 a = bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    V128 b = bytes(16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
    // indices 31, 0, 16, 15, 8, 7, 24, 23 then 1, 30, 2, 29, 3, 28, 4, 27
    long low = 0x1718_0708_0F10_001FL;
    long high = 0x1B04_1C03_1D02_1E01L;
    assertEquals(
        new V128(low, high),
        SimdAbi.v128(
            SimdI8I16.i8x16Shuffle(
                a.low(), a.high(), b.low(), b.high(), low, high, SimdAbi.ctx())));
    V128 indices = bytes(15, 16, 0x80, 0xFF, 0, 17, 8, 7, 1, 2, 3, 4, 100, 14, 13, 12);
    assertEquals(
        bytes(15, 0, 0, 0, 0, 0, 8, 7, 1, 2, 3, 4, 0, 14, 13, 12),
        SimdAbi.v128(
            SimdI8I16.i8x16Swizzle(
                a.low(), a.high(), indices.low(), indices.high(), SimdAbi.ctx())));
  }

  // ------------------------------------------------------------------ against a scalar model

  /** The scalar model of each instruction: operands (and immediates) to the result. */
  private static final Map<String, Function<Object[], Object>> MODEL = new HashMap<>();

  static {
    MODEL.put(
        "i8x16.shuffle",
        x -> {
          V128 a = v(x, 0);
          V128 b = v(x, 1);
          int[] r = new int[16];
          for (int k = 0; k < 16; k++) {
            int i = (int) ((k < 8 ? (long) x[2] : (long) x[3]) >>> (8 * (k & 7))) & 0xFF;
            r[k] = i < 16 ? a.byteLane(i) : b.byteLane(i - 16);
          }
          return of8(r);
        });
    MODEL.put(
        "i8x16.swizzle",
        x -> {
          int[] s = lanes8(v(x, 1), false);
          int[] r = new int[16];
          for (int k = 0; k < 16; k++) {
            r[k] = s[k] < 16 ? v(x, 0).byteLane(s[k]) : 0;
          }
          return of8(r);
        });
    MODEL.put(
        "i8x16.splat",
        x -> {
          int[] r = new int[16];
          Arrays.fill(r, (int) x[0]);
          return of8(r);
        });
    MODEL.put(
        "i16x8.splat",
        x -> {
          int[] r = new int[8];
          Arrays.fill(r, (int) x[0]);
          return of16(r);
        });
    MODEL.put("i8x16.extract_lane_s", x -> lanes8(v(x, 0), true)[(int) x[1]]);
    MODEL.put("i8x16.extract_lane_u", x -> lanes8(v(x, 0), false)[(int) x[1]]);
    MODEL.put("i16x8.extract_lane_s", x -> lanes16(v(x, 0), true)[(int) x[1]]);
    MODEL.put("i16x8.extract_lane_u", x -> lanes16(v(x, 0), false)[(int) x[1]]);
    MODEL.put(
        "i8x16.replace_lane",
        x -> {
          int[] r = lanes8(v(x, 0), false);
          r[(int) x[2]] = (int) x[1];
          return of8(r);
        });
    MODEL.put(
        "i16x8.replace_lane",
        x -> {
          int[] r = lanes16(v(x, 0), false);
          r[(int) x[2]] = (int) x[1];
          return of16(r);
        });
    for (int width : new int[] {8, 16}) {
      String p = width == 8 ? "i8x16." : "i16x8.";
      int min = width == 8 ? -128 : -32768;
      int max = -min - 1;
      int umax = 2 * max + 1;
      cmp(p + "eq", width, false, (a, b) -> a == b);
      cmp(p + "ne", width, false, (a, b) -> a != b);
      cmp(p + "lt_s", width, true, (a, b) -> a < b);
      cmp(p + "lt_u", width, false, (a, b) -> a < b);
      cmp(p + "gt_s", width, true, (a, b) -> a > b);
      cmp(p + "gt_u", width, false, (a, b) -> a > b);
      cmp(p + "le_s", width, true, (a, b) -> a <= b);
      cmp(p + "le_u", width, false, (a, b) -> a <= b);
      cmp(p + "ge_s", width, true, (a, b) -> a >= b);
      cmp(p + "ge_u", width, false, (a, b) -> a >= b);
      unary(p + "abs", width, true, Math::abs);
      unary(p + "neg", width, true, a -> -a);
      MODEL.put(
          p + "all_true",
          x -> Arrays.stream(lanes(v(x, 0), width, false)).allMatch(a -> a != 0) ? 1 : 0);
      MODEL.put(
          p + "bitmask",
          x -> {
            int[] l = lanes(v(x, 0), width, true);
            int r = 0;
            for (int k = 0; k < l.length; k++) {
              r |= l[k] < 0 ? 1 << k : 0;
            }
            return r;
          });
      int mask = width - 1;
      MODEL.put(
          p + "shl", x -> map(lanes(v(x, 0), width, false), width, a -> a << ((int) x[1] & mask)));
      MODEL.put(
          p + "shr_s", x -> map(lanes(v(x, 0), width, true), width, a -> a >> ((int) x[1] & mask)));
      MODEL.put(
          p + "shr_u",
          x -> map(lanes(v(x, 0), width, false), width, a -> a >>> ((int) x[1] & mask)));
      binary(p + "add", width, false, Integer::sum);
      binary(p + "add_sat_s", width, true, (a, b) -> Math.clamp(a + b, min, max));
      binary(p + "add_sat_u", width, false, (a, b) -> Math.min(a + b, umax));
      binary(p + "sub", width, false, (a, b) -> a - b);
      binary(p + "sub_sat_s", width, true, (a, b) -> Math.clamp(a - b, min, max));
      binary(p + "sub_sat_u", width, false, (a, b) -> Math.max(a - b, 0));
      binary(p + "min_s", width, true, Math::min);
      binary(p + "min_u", width, false, Math::min);
      binary(p + "max_s", width, true, Math::max);
      binary(p + "max_u", width, false, Math::max);
      binary(p + "avgr_u", width, false, (a, b) -> (a + b + 1) / 2);
    }
    MODEL.put("i8x16.popcnt", x -> map(lanes8(v(x, 0), false), 8, Integer::bitCount));
    MODEL.put("i8x16.narrow_i16x8_s", x -> narrow(x, 16, -128, 127));
    MODEL.put("i8x16.narrow_i16x8_u", x -> narrow(x, 16, 0, 255));
    MODEL.put("i16x8.narrow_i32x4_s", x -> narrow(x, 32, -32768, 32767));
    MODEL.put("i16x8.narrow_i32x4_u", x -> narrow(x, 32, 0, 65535));
    binary("i16x8.mul", 16, false, (a, b) -> a * b);
    binary(
        "i16x8.q15mulr_sat_s",
        16,
        true,
        (a, b) -> Math.clamp((a * b + 0x4000) >> 15, -32768, 32767));
    for (boolean signed : new boolean[] {true, false}) {
      String s = signed ? "s" : "u";
      MODEL.put(
          "i16x8.extadd_pairwise_i8x16_" + s,
          x -> {
            int[] l = lanes8(v(x, 0), signed);
            int[] r = new int[8];
            for (int k = 0; k < 8; k++) {
              r[k] = l[2 * k] + l[2 * k + 1];
            }
            return of16(r);
          });
      for (int from : new int[] {0, 8}) {
        String half = from == 0 ? "low" : "high";
        MODEL.put(
            "i16x8.extend_" + half + "_i8x16_" + s,
            x -> of16(Arrays.copyOfRange(lanes8(v(x, 0), signed), from, from + 8)));
        MODEL.put(
            "i16x8.extmul_" + half + "_i8x16_" + s,
            x -> {
              int[] a = lanes8(v(x, 0), signed);
              int[] b = lanes8(v(x, 1), signed);
              int[] r = new int[8];
              for (int k = 0; k < 8; k++) {
                r[k] = a[from + k] * b[from + k];
              }
              return of16(r);
            });
      }
    }
  }

  private interface IntPredicate2 {
    boolean test(int a, int b);
  }

  private static void cmp(String mnemonic, int width, boolean signed, IntPredicate2 p) {
    binary(mnemonic, width, signed, (a, b) -> p.test(a, b) ? -1 : 0);
  }

  private static void unary(String mnemonic, int width, boolean signed, IntUnaryOperator f) {
    MODEL.put(mnemonic, x -> map(lanes(v(x, 0), width, signed), width, f));
  }

  private static void binary(String mnemonic, int width, boolean signed, IntBinaryOperator f) {
    MODEL.put(
        mnemonic,
        x -> {
          int[] a = lanes(v(x, 0), width, signed);
          int[] b = lanes(v(x, 1), width, signed);
          int[] r = new int[a.length];
          for (int k = 0; k < r.length; k++) {
            r[k] = f.applyAsInt(a[k], b[k]);
          }
          return width == 8 ? of8(r) : of16(r);
        });
  }

  private static V128 map(int[] lanes, int width, IntUnaryOperator f) {
    int[] r = new int[lanes.length];
    for (int k = 0; k < r.length; k++) {
      r[k] = f.applyAsInt(lanes[k]);
    }
    return width == 8 ? of8(r) : of16(r);
  }

  /** The signed lanes of the first then the second operand, clamped to [min, max]. */
  private static V128 narrow(Object[] x, int width, int min, int max) {
    int[] a = lanes(v(x, 0), width, true);
    int[] b = lanes(v(x, 1), width, true);
    int[] r = new int[2 * a.length];
    for (int k = 0; k < a.length; k++) {
      r[k] = Math.clamp(a[k], min, max);
      r[k + a.length] = Math.clamp(b[k], min, max);
    }
    return width == 16 ? of8(r) : of16(r);
  }

  /** The vector of these 16 bytes (each int truncated), byte 0 first. */
  private static V128 bytes(int... values) {
    byte[] b = new byte[16];
    for (int k = 0; k < 16; k++) {
      b[k] = (byte) values[k];
    }
    return V128.ofBytes(b);
  }

  private static V128 v(Object[] args, int i) {
    return (V128) args[i];
  }

  private static int[] lanes(V128 v, int width, boolean signed) {
    return switch (width) {
      case 8 -> lanes8(v, signed);
      case 16 -> lanes16(v, signed);
      default -> new int[] {v.intLane(0), v.intLane(1), v.intLane(2), v.intLane(3)};
    };
  }

  private static int[] lanes8(V128 v, boolean signed) {
    int[] r = new int[16];
    for (int k = 0; k < 16; k++) {
      r[k] = signed ? v.byteLane(k) : v.byteLane(k) & 0xFF;
    }
    return r;
  }

  private static int[] lanes16(V128 v, boolean signed) {
    int[] r = new int[8];
    for (int k = 0; k < 8; k++) {
      r[k] = signed ? v.shortLane(k) : v.shortLane(k) & 0xFFFF;
    }
    return r;
  }

  private static V128 of8(int[] lanes) {
    byte[] b = new byte[16];
    for (int k = 0; k < 16; k++) {
      b[k] = (byte) lanes[k];
    }
    return V128.ofBytes(b);
  }

  private static V128 of16(int[] lanes) {
    int[] i = new int[4];
    for (int k = 0; k < 4; k++) {
      i[k] = (lanes[2 * k] & 0xFFFF) | lanes[2 * k + 1] << 16;
    }
    return V128.ofInts(i);
  }

  private static final int[] EDGE_I16 = {
    0x0000, 0x0001, 0xFFFF, 0x7FFF, 0x8000, 0x8001, 0x7F7F, 0x8080, 0xFF80, 0x807F, 0x00FF, 0xFF00,
    0x0080, 0x007F, 0x7F80, 0x4000, 0xC000, 0x0101, 0xFEFE, 0x01FF, 0xFF01
  };

  private static final int[] EDGE_I32 = {
    0x7FFF,
    0x8000,
    0xFFFF,
    0x10000,
    -0x8000,
    -0x8001,
    -1,
    0,
    1,
    0xFF,
    0x100,
    -0x80,
    -0x81,
    Integer.MIN_VALUE,
    Integer.MAX_VALUE
  };

  private static final int[] EDGE_SCALAR = {
    0,
    1,
    -1,
    7,
    8,
    9,
    15,
    16,
    17,
    31,
    32,
    33,
    63,
    64,
    0x7F,
    0x80,
    0xFF,
    0x100,
    0x7FFF,
    0x8000,
    0xFFFF,
    0x1_0000,
    Integer.MIN_VALUE,
    Integer.MAX_VALUE
  };

  /** Vectors biased to the lane boundaries: edge i32 lanes, edge i16 halves, or random bits. */
  private static V128 randomVector(SplittableRandom random) {
    int[] ints = new int[4];
    for (int k = 0; k < 4; k++) {
      int kind = random.nextInt(4);
      if (kind == 0) {
        ints[k] = EDGE_I32[random.nextInt(EDGE_I32.length)];
      } else if (kind == 1) {
        ints[k] = random.nextInt();
      } else {
        ints[k] = edgeI16(random) | edgeI16(random) << 16;
      }
    }
    return V128.ofInts(ints);
  }

  private static int edgeI16(SplittableRandom random) {
    return random.nextInt(4) == 0
        ? random.nextInt(0x10000)
        : EDGE_I16[random.nextInt(EDGE_I16.length)];
  }

  /** Like {@code a}, some i8 lanes changed: equal lanes exercise the comparisons' ties. */
  private static V128 near(V128 a, SplittableRandom random) {
    byte[] bytes = a.toBytes();
    for (int k = 0; k < 16; k++) {
      int choice = random.nextInt(4);
      if (choice == 1) {
        bytes[k] = (byte) random.nextInt(256);
      } else if (choice == 2) {
        bytes[k] += (byte) (random.nextBoolean() ? 1 : -1);
      }
    }
    return V128.ofBytes(bytes);
  }

  @TestFactory
  Stream<DynamicTest> randomVectorsMatchTheScalarModel() {
    assertEquals(
        BY_MNEMONIC.keySet().stream().sorted().toList(),
        MODEL.keySet().stream().sorted().toList(),
        "every instruction has a model");
    return BY_MNEMONIC.values().stream()
        .map(in -> DynamicTest.dynamicTest(in.mnemonic(), () -> checkRandom(in)));
  }

  private static void checkRandom(Instruction in) {
    SplittableRandom random = new SplittableRandom(in.mnemonic().hashCode());
    String operands = in.signature().substring(0, in.signature().indexOf(':'));
    for (int round = 0; round < 3000; round++) {
      List<Object> args = new ArrayList<>();
      for (char c : operands.toCharArray()) {
        if (c == 'i') {
          args.add(
              random.nextBoolean()
                  ? EDGE_SCALAR[random.nextInt(EDGE_SCALAR.length)]
                  : random.nextInt());
        } else if (args.isEmpty() || random.nextBoolean()) {
          args.add(randomVector(random));
        } else {
          args.add(near((V128) args.get(0), random));
        }
      }
      if (in.immediate().equals("LANE")) {
        args.add(random.nextInt(in.laneCount()));
      } else if (in.immediate().equals("SHUFFLE")) {
        args.add(shuffleIndices(random));
        args.add(shuffleIndices(random));
      }
      Object[] a = args.toArray();
      Object expected = MODEL.get(in.mnemonic()).apply(a);
      Object actual = in.call(a);
      if (!expected.equals(actual)) {
        assertEquals(expected, actual, in.mnemonic() + " " + Arrays.deepToString(a));
      }
    }
  }

  private static long shuffleIndices(SplittableRandom random) {
    long indices = 0;
    for (int k = 0; k < 8; k++) {
      indices |= (long) random.nextInt(32) << (8 * k);
    }
    return indices;
  }
}
