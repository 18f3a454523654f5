package dev.teracage.compiler.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Every instruction opcode Teracage reads: the WebAssembly 2.0 set (core, {@code 0xFC} and {@code
 * 0xFD} SIMD prefixes) plus the 3.0 encodings that do not need new value types (tail calls, typed
 * function references, exceptions, relaxed SIMD). This table is the one place that maps an opcode
 * to its text mnemonic, its immediate operands and, for instructions with a fixed type, its
 * signature; the decoder, validator, text reader and encoder all read it.
 *
 * <p>Signatures use one letter per value type: {@code i}=i32, {@code I}=i64, {@code f}=f32, {@code
 * F}=f64, {@code v}=v128, and {@code a} for the address type of the memory the instruction names
 * (i32, or i64 under memory64). {@code "ii:i"} pops two i32 and pushes one. Instructions whose
 * typing depends on context (control, calls, locals, references, tables, bulk memory) have none.
 *
 * <p>{@link #arg()} is the access size in bytes for memory instructions (the natural alignment) and
 * the lane count for lane instructions; 0 otherwise.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/instructions.html">Binary format:
 *     instructions</a>
 */
public enum Opcode {
  UNREACHABLE(Opcode.NO_PREFIX, 0x00, "unreachable", Immediate.NONE, null, 0),
  NOP(Opcode.NO_PREFIX, 0x01, "nop", Immediate.NONE, null, 0),
  BLOCK(Opcode.NO_PREFIX, 0x02, "block", Immediate.BLOCK, null, 0),
  LOOP(Opcode.NO_PREFIX, 0x03, "loop", Immediate.BLOCK, null, 0),
  IF(Opcode.NO_PREFIX, 0x04, "if", Immediate.BLOCK, null, 0),
  ELSE(Opcode.NO_PREFIX, 0x05, "else", Immediate.NONE, null, 0),
  THROW(Opcode.NO_PREFIX, 0x08, "throw", Immediate.TAG, null, 0),
  THROW_REF(Opcode.NO_PREFIX, 0x0A, "throw_ref", Immediate.NONE, null, 0),
  END(Opcode.NO_PREFIX, 0x0B, "end", Immediate.NONE, null, 0),
  BR(Opcode.NO_PREFIX, 0x0C, "br", Immediate.LABEL, null, 0),
  BR_IF(Opcode.NO_PREFIX, 0x0D, "br_if", Immediate.LABEL, null, 0),
  BR_TABLE(Opcode.NO_PREFIX, 0x0E, "br_table", Immediate.BR_TABLE, null, 0),
  RETURN(Opcode.NO_PREFIX, 0x0F, "return", Immediate.NONE, null, 0),
  CALL(Opcode.NO_PREFIX, 0x10, "call", Immediate.FUNC, null, 0),
  CALL_INDIRECT(Opcode.NO_PREFIX, 0x11, "call_indirect", Immediate.CALL_INDIRECT, null, 0),
  RETURN_CALL(Opcode.NO_PREFIX, 0x12, "return_call", Immediate.FUNC, null, 0),
  RETURN_CALL_INDIRECT(
      Opcode.NO_PREFIX, 0x13, "return_call_indirect", Immediate.CALL_INDIRECT, null, 0),
  CALL_REF(Opcode.NO_PREFIX, 0x14, "call_ref", Immediate.TYPE, null, 0),
  RETURN_CALL_REF(Opcode.NO_PREFIX, 0x15, "return_call_ref", Immediate.TYPE, null, 0),
  DROP(Opcode.NO_PREFIX, 0x1A, "drop", Immediate.NONE, null, 0),
  SELECT(Opcode.NO_PREFIX, 0x1B, "select", Immediate.NONE, null, 0),
  SELECT_T(Opcode.NO_PREFIX, 0x1C, "select", Immediate.SELECT_T, null, 0),
  TRY_TABLE(Opcode.NO_PREFIX, 0x1F, "try_table", Immediate.TRY_TABLE, null, 0),
  LOCAL_GET(Opcode.NO_PREFIX, 0x20, "local.get", Immediate.LOCAL, null, 0),
  LOCAL_SET(Opcode.NO_PREFIX, 0x21, "local.set", Immediate.LOCAL, null, 0),
  LOCAL_TEE(Opcode.NO_PREFIX, 0x22, "local.tee", Immediate.LOCAL, null, 0),
  GLOBAL_GET(Opcode.NO_PREFIX, 0x23, "global.get", Immediate.GLOBAL, null, 0),
  GLOBAL_SET(Opcode.NO_PREFIX, 0x24, "global.set", Immediate.GLOBAL, null, 0),
  TABLE_GET(Opcode.NO_PREFIX, 0x25, "table.get", Immediate.TABLE, null, 0),
  TABLE_SET(Opcode.NO_PREFIX, 0x26, "table.set", Immediate.TABLE, null, 0),
  I32_LOAD(Opcode.NO_PREFIX, 0x28, "i32.load", Immediate.MEMARG, "a:i", 4),
  I64_LOAD(Opcode.NO_PREFIX, 0x29, "i64.load", Immediate.MEMARG, "a:I", 8),
  F32_LOAD(Opcode.NO_PREFIX, 0x2A, "f32.load", Immediate.MEMARG, "a:f", 4),
  F64_LOAD(Opcode.NO_PREFIX, 0x2B, "f64.load", Immediate.MEMARG, "a:F", 8),
  I32_LOAD8_S(Opcode.NO_PREFIX, 0x2C, "i32.load8_s", Immediate.MEMARG, "a:i", 1),
  I32_LOAD8_U(Opcode.NO_PREFIX, 0x2D, "i32.load8_u", Immediate.MEMARG, "a:i", 1),
  I32_LOAD16_S(Opcode.NO_PREFIX, 0x2E, "i32.load16_s", Immediate.MEMARG, "a:i", 2),
  I32_LOAD16_U(Opcode.NO_PREFIX, 0x2F, "i32.load16_u", Immediate.MEMARG, "a:i", 2),
  I64_LOAD8_S(Opcode.NO_PREFIX, 0x30, "i64.load8_s", Immediate.MEMARG, "a:I", 1),
  I64_LOAD8_U(Opcode.NO_PREFIX, 0x31, "i64.load8_u", Immediate.MEMARG, "a:I", 1),
  I64_LOAD16_S(Opcode.NO_PREFIX, 0x32, "i64.load16_s", Immediate.MEMARG, "a:I", 2),
  I64_LOAD16_U(Opcode.NO_PREFIX, 0x33, "i64.load16_u", Immediate.MEMARG, "a:I", 2),
  I64_LOAD32_S(Opcode.NO_PREFIX, 0x34, "i64.load32_s", Immediate.MEMARG, "a:I", 4),
  I64_LOAD32_U(Opcode.NO_PREFIX, 0x35, "i64.load32_u", Immediate.MEMARG, "a:I", 4),
  I32_STORE(Opcode.NO_PREFIX, 0x36, "i32.store", Immediate.MEMARG, "ai:", 4),
  I64_STORE(Opcode.NO_PREFIX, 0x37, "i64.store", Immediate.MEMARG, "aI:", 8),
  F32_STORE(Opcode.NO_PREFIX, 0x38, "f32.store", Immediate.MEMARG, "af:", 4),
  F64_STORE(Opcode.NO_PREFIX, 0x39, "f64.store", Immediate.MEMARG, "aF:", 8),
  I32_STORE8(Opcode.NO_PREFIX, 0x3A, "i32.store8", Immediate.MEMARG, "ai:", 1),
  I32_STORE16(Opcode.NO_PREFIX, 0x3B, "i32.store16", Immediate.MEMARG, "ai:", 2),
  I64_STORE8(Opcode.NO_PREFIX, 0x3C, "i64.store8", Immediate.MEMARG, "aI:", 1),
  I64_STORE16(Opcode.NO_PREFIX, 0x3D, "i64.store16", Immediate.MEMARG, "aI:", 2),
  I64_STORE32(Opcode.NO_PREFIX, 0x3E, "i64.store32", Immediate.MEMARG, "aI:", 4),
  MEMORY_SIZE(Opcode.NO_PREFIX, 0x3F, "memory.size", Immediate.MEMORY, null, 0),
  MEMORY_GROW(Opcode.NO_PREFIX, 0x40, "memory.grow", Immediate.MEMORY, null, 0),
  I32_CONST(Opcode.NO_PREFIX, 0x41, "i32.const", Immediate.I32, ":i", 0),
  I64_CONST(Opcode.NO_PREFIX, 0x42, "i64.const", Immediate.I64, ":I", 0),
  F32_CONST(Opcode.NO_PREFIX, 0x43, "f32.const", Immediate.F32, ":f", 0),
  F64_CONST(Opcode.NO_PREFIX, 0x44, "f64.const", Immediate.F64, ":F", 0),
  I32_EQZ(Opcode.NO_PREFIX, 0x45, "i32.eqz", Immediate.NONE, "i:i", 0),
  I32_EQ(Opcode.NO_PREFIX, 0x46, "i32.eq", Immediate.NONE, "ii:i", 0),
  I32_NE(Opcode.NO_PREFIX, 0x47, "i32.ne", Immediate.NONE, "ii:i", 0),
  I32_LT_S(Opcode.NO_PREFIX, 0x48, "i32.lt_s", Immediate.NONE, "ii:i", 0),
  I32_LT_U(Opcode.NO_PREFIX, 0x49, "i32.lt_u", Immediate.NONE, "ii:i", 0),
  I32_GT_S(Opcode.NO_PREFIX, 0x4A, "i32.gt_s", Immediate.NONE, "ii:i", 0),
  I32_GT_U(Opcode.NO_PREFIX, 0x4B, "i32.gt_u", Immediate.NONE, "ii:i", 0),
  I32_LE_S(Opcode.NO_PREFIX, 0x4C, "i32.le_s", Immediate.NONE, "ii:i", 0),
  I32_LE_U(Opcode.NO_PREFIX, 0x4D, "i32.le_u", Immediate.NONE, "ii:i", 0),
  I32_GE_S(Opcode.NO_PREFIX, 0x4E, "i32.ge_s", Immediate.NONE, "ii:i", 0),
  I32_GE_U(Opcode.NO_PREFIX, 0x4F, "i32.ge_u", Immediate.NONE, "ii:i", 0),
  I64_EQZ(Opcode.NO_PREFIX, 0x50, "i64.eqz", Immediate.NONE, "I:i", 0),
  I64_EQ(Opcode.NO_PREFIX, 0x51, "i64.eq", Immediate.NONE, "II:i", 0),
  I64_NE(Opcode.NO_PREFIX, 0x52, "i64.ne", Immediate.NONE, "II:i", 0),
  I64_LT_S(Opcode.NO_PREFIX, 0x53, "i64.lt_s", Immediate.NONE, "II:i", 0),
  I64_LT_U(Opcode.NO_PREFIX, 0x54, "i64.lt_u", Immediate.NONE, "II:i", 0),
  I64_GT_S(Opcode.NO_PREFIX, 0x55, "i64.gt_s", Immediate.NONE, "II:i", 0),
  I64_GT_U(Opcode.NO_PREFIX, 0x56, "i64.gt_u", Immediate.NONE, "II:i", 0),
  I64_LE_S(Opcode.NO_PREFIX, 0x57, "i64.le_s", Immediate.NONE, "II:i", 0),
  I64_LE_U(Opcode.NO_PREFIX, 0x58, "i64.le_u", Immediate.NONE, "II:i", 0),
  I64_GE_S(Opcode.NO_PREFIX, 0x59, "i64.ge_s", Immediate.NONE, "II:i", 0),
  I64_GE_U(Opcode.NO_PREFIX, 0x5A, "i64.ge_u", Immediate.NONE, "II:i", 0),
  F32_EQ(Opcode.NO_PREFIX, 0x5B, "f32.eq", Immediate.NONE, "ff:i", 0),
  F32_NE(Opcode.NO_PREFIX, 0x5C, "f32.ne", Immediate.NONE, "ff:i", 0),
  F32_LT(Opcode.NO_PREFIX, 0x5D, "f32.lt", Immediate.NONE, "ff:i", 0),
  F32_GT(Opcode.NO_PREFIX, 0x5E, "f32.gt", Immediate.NONE, "ff:i", 0),
  F32_LE(Opcode.NO_PREFIX, 0x5F, "f32.le", Immediate.NONE, "ff:i", 0),
  F32_GE(Opcode.NO_PREFIX, 0x60, "f32.ge", Immediate.NONE, "ff:i", 0),
  F64_EQ(Opcode.NO_PREFIX, 0x61, "f64.eq", Immediate.NONE, "FF:i", 0),
  F64_NE(Opcode.NO_PREFIX, 0x62, "f64.ne", Immediate.NONE, "FF:i", 0),
  F64_LT(Opcode.NO_PREFIX, 0x63, "f64.lt", Immediate.NONE, "FF:i", 0),
  F64_GT(Opcode.NO_PREFIX, 0x64, "f64.gt", Immediate.NONE, "FF:i", 0),
  F64_LE(Opcode.NO_PREFIX, 0x65, "f64.le", Immediate.NONE, "FF:i", 0),
  F64_GE(Opcode.NO_PREFIX, 0x66, "f64.ge", Immediate.NONE, "FF:i", 0),
  I32_CLZ(Opcode.NO_PREFIX, 0x67, "i32.clz", Immediate.NONE, "i:i", 0),
  I32_CTZ(Opcode.NO_PREFIX, 0x68, "i32.ctz", Immediate.NONE, "i:i", 0),
  I32_POPCNT(Opcode.NO_PREFIX, 0x69, "i32.popcnt", Immediate.NONE, "i:i", 0),
  I32_ADD(Opcode.NO_PREFIX, 0x6A, "i32.add", Immediate.NONE, "ii:i", 0),
  I32_SUB(Opcode.NO_PREFIX, 0x6B, "i32.sub", Immediate.NONE, "ii:i", 0),
  I32_MUL(Opcode.NO_PREFIX, 0x6C, "i32.mul", Immediate.NONE, "ii:i", 0),
  I32_DIV_S(Opcode.NO_PREFIX, 0x6D, "i32.div_s", Immediate.NONE, "ii:i", 0),
  I32_DIV_U(Opcode.NO_PREFIX, 0x6E, "i32.div_u", Immediate.NONE, "ii:i", 0),
  I32_REM_S(Opcode.NO_PREFIX, 0x6F, "i32.rem_s", Immediate.NONE, "ii:i", 0),
  I32_REM_U(Opcode.NO_PREFIX, 0x70, "i32.rem_u", Immediate.NONE, "ii:i", 0),
  I32_AND(Opcode.NO_PREFIX, 0x71, "i32.and", Immediate.NONE, "ii:i", 0),
  I32_OR(Opcode.NO_PREFIX, 0x72, "i32.or", Immediate.NONE, "ii:i", 0),
  I32_XOR(Opcode.NO_PREFIX, 0x73, "i32.xor", Immediate.NONE, "ii:i", 0),
  I32_SHL(Opcode.NO_PREFIX, 0x74, "i32.shl", Immediate.NONE, "ii:i", 0),
  I32_SHR_S(Opcode.NO_PREFIX, 0x75, "i32.shr_s", Immediate.NONE, "ii:i", 0),
  I32_SHR_U(Opcode.NO_PREFIX, 0x76, "i32.shr_u", Immediate.NONE, "ii:i", 0),
  I32_ROTL(Opcode.NO_PREFIX, 0x77, "i32.rotl", Immediate.NONE, "ii:i", 0),
  I32_ROTR(Opcode.NO_PREFIX, 0x78, "i32.rotr", Immediate.NONE, "ii:i", 0),
  I64_CLZ(Opcode.NO_PREFIX, 0x79, "i64.clz", Immediate.NONE, "I:I", 0),
  I64_CTZ(Opcode.NO_PREFIX, 0x7A, "i64.ctz", Immediate.NONE, "I:I", 0),
  I64_POPCNT(Opcode.NO_PREFIX, 0x7B, "i64.popcnt", Immediate.NONE, "I:I", 0),
  I64_ADD(Opcode.NO_PREFIX, 0x7C, "i64.add", Immediate.NONE, "II:I", 0),
  I64_SUB(Opcode.NO_PREFIX, 0x7D, "i64.sub", Immediate.NONE, "II:I", 0),
  I64_MUL(Opcode.NO_PREFIX, 0x7E, "i64.mul", Immediate.NONE, "II:I", 0),
  I64_DIV_S(Opcode.NO_PREFIX, 0x7F, "i64.div_s", Immediate.NONE, "II:I", 0),
  I64_DIV_U(Opcode.NO_PREFIX, 0x80, "i64.div_u", Immediate.NONE, "II:I", 0),
  I64_REM_S(Opcode.NO_PREFIX, 0x81, "i64.rem_s", Immediate.NONE, "II:I", 0),
  I64_REM_U(Opcode.NO_PREFIX, 0x82, "i64.rem_u", Immediate.NONE, "II:I", 0),
  I64_AND(Opcode.NO_PREFIX, 0x83, "i64.and", Immediate.NONE, "II:I", 0),
  I64_OR(Opcode.NO_PREFIX, 0x84, "i64.or", Immediate.NONE, "II:I", 0),
  I64_XOR(Opcode.NO_PREFIX, 0x85, "i64.xor", Immediate.NONE, "II:I", 0),
  I64_SHL(Opcode.NO_PREFIX, 0x86, "i64.shl", Immediate.NONE, "II:I", 0),
  I64_SHR_S(Opcode.NO_PREFIX, 0x87, "i64.shr_s", Immediate.NONE, "II:I", 0),
  I64_SHR_U(Opcode.NO_PREFIX, 0x88, "i64.shr_u", Immediate.NONE, "II:I", 0),
  I64_ROTL(Opcode.NO_PREFIX, 0x89, "i64.rotl", Immediate.NONE, "II:I", 0),
  I64_ROTR(Opcode.NO_PREFIX, 0x8A, "i64.rotr", Immediate.NONE, "II:I", 0),
  F32_ABS(Opcode.NO_PREFIX, 0x8B, "f32.abs", Immediate.NONE, "f:f", 0),
  F32_NEG(Opcode.NO_PREFIX, 0x8C, "f32.neg", Immediate.NONE, "f:f", 0),
  F32_CEIL(Opcode.NO_PREFIX, 0x8D, "f32.ceil", Immediate.NONE, "f:f", 0),
  F32_FLOOR(Opcode.NO_PREFIX, 0x8E, "f32.floor", Immediate.NONE, "f:f", 0),
  F32_TRUNC(Opcode.NO_PREFIX, 0x8F, "f32.trunc", Immediate.NONE, "f:f", 0),
  F32_NEAREST(Opcode.NO_PREFIX, 0x90, "f32.nearest", Immediate.NONE, "f:f", 0),
  F32_SQRT(Opcode.NO_PREFIX, 0x91, "f32.sqrt", Immediate.NONE, "f:f", 0),
  F32_ADD(Opcode.NO_PREFIX, 0x92, "f32.add", Immediate.NONE, "ff:f", 0),
  F32_SUB(Opcode.NO_PREFIX, 0x93, "f32.sub", Immediate.NONE, "ff:f", 0),
  F32_MUL(Opcode.NO_PREFIX, 0x94, "f32.mul", Immediate.NONE, "ff:f", 0),
  F32_DIV(Opcode.NO_PREFIX, 0x95, "f32.div", Immediate.NONE, "ff:f", 0),
  F32_MIN(Opcode.NO_PREFIX, 0x96, "f32.min", Immediate.NONE, "ff:f", 0),
  F32_MAX(Opcode.NO_PREFIX, 0x97, "f32.max", Immediate.NONE, "ff:f", 0),
  F32_COPYSIGN(Opcode.NO_PREFIX, 0x98, "f32.copysign", Immediate.NONE, "ff:f", 0),
  F64_ABS(Opcode.NO_PREFIX, 0x99, "f64.abs", Immediate.NONE, "F:F", 0),
  F64_NEG(Opcode.NO_PREFIX, 0x9A, "f64.neg", Immediate.NONE, "F:F", 0),
  F64_CEIL(Opcode.NO_PREFIX, 0x9B, "f64.ceil", Immediate.NONE, "F:F", 0),
  F64_FLOOR(Opcode.NO_PREFIX, 0x9C, "f64.floor", Immediate.NONE, "F:F", 0),
  F64_TRUNC(Opcode.NO_PREFIX, 0x9D, "f64.trunc", Immediate.NONE, "F:F", 0),
  F64_NEAREST(Opcode.NO_PREFIX, 0x9E, "f64.nearest", Immediate.NONE, "F:F", 0),
  F64_SQRT(Opcode.NO_PREFIX, 0x9F, "f64.sqrt", Immediate.NONE, "F:F", 0),
  F64_ADD(Opcode.NO_PREFIX, 0xA0, "f64.add", Immediate.NONE, "FF:F", 0),
  F64_SUB(Opcode.NO_PREFIX, 0xA1, "f64.sub", Immediate.NONE, "FF:F", 0),
  F64_MUL(Opcode.NO_PREFIX, 0xA2, "f64.mul", Immediate.NONE, "FF:F", 0),
  F64_DIV(Opcode.NO_PREFIX, 0xA3, "f64.div", Immediate.NONE, "FF:F", 0),
  F64_MIN(Opcode.NO_PREFIX, 0xA4, "f64.min", Immediate.NONE, "FF:F", 0),
  F64_MAX(Opcode.NO_PREFIX, 0xA5, "f64.max", Immediate.NONE, "FF:F", 0),
  F64_COPYSIGN(Opcode.NO_PREFIX, 0xA6, "f64.copysign", Immediate.NONE, "FF:F", 0),
  I32_WRAP_I64(Opcode.NO_PREFIX, 0xA7, "i32.wrap_i64", Immediate.NONE, "I:i", 0),
  I32_TRUNC_F32_S(Opcode.NO_PREFIX, 0xA8, "i32.trunc_f32_s", Immediate.NONE, "f:i", 0),
  I32_TRUNC_F32_U(Opcode.NO_PREFIX, 0xA9, "i32.trunc_f32_u", Immediate.NONE, "f:i", 0),
  I32_TRUNC_F64_S(Opcode.NO_PREFIX, 0xAA, "i32.trunc_f64_s", Immediate.NONE, "F:i", 0),
  I32_TRUNC_F64_U(Opcode.NO_PREFIX, 0xAB, "i32.trunc_f64_u", Immediate.NONE, "F:i", 0),
  I64_EXTEND_I32_S(Opcode.NO_PREFIX, 0xAC, "i64.extend_i32_s", Immediate.NONE, "i:I", 0),
  I64_EXTEND_I32_U(Opcode.NO_PREFIX, 0xAD, "i64.extend_i32_u", Immediate.NONE, "i:I", 0),
  I64_TRUNC_F32_S(Opcode.NO_PREFIX, 0xAE, "i64.trunc_f32_s", Immediate.NONE, "f:I", 0),
  I64_TRUNC_F32_U(Opcode.NO_PREFIX, 0xAF, "i64.trunc_f32_u", Immediate.NONE, "f:I", 0),
  I64_TRUNC_F64_S(Opcode.NO_PREFIX, 0xB0, "i64.trunc_f64_s", Immediate.NONE, "F:I", 0),
  I64_TRUNC_F64_U(Opcode.NO_PREFIX, 0xB1, "i64.trunc_f64_u", Immediate.NONE, "F:I", 0),
  F32_CONVERT_I32_S(Opcode.NO_PREFIX, 0xB2, "f32.convert_i32_s", Immediate.NONE, "i:f", 0),
  F32_CONVERT_I32_U(Opcode.NO_PREFIX, 0xB3, "f32.convert_i32_u", Immediate.NONE, "i:f", 0),
  F32_CONVERT_I64_S(Opcode.NO_PREFIX, 0xB4, "f32.convert_i64_s", Immediate.NONE, "I:f", 0),
  F32_CONVERT_I64_U(Opcode.NO_PREFIX, 0xB5, "f32.convert_i64_u", Immediate.NONE, "I:f", 0),
  F32_DEMOTE_F64(Opcode.NO_PREFIX, 0xB6, "f32.demote_f64", Immediate.NONE, "F:f", 0),
  F64_CONVERT_I32_S(Opcode.NO_PREFIX, 0xB7, "f64.convert_i32_s", Immediate.NONE, "i:F", 0),
  F64_CONVERT_I32_U(Opcode.NO_PREFIX, 0xB8, "f64.convert_i32_u", Immediate.NONE, "i:F", 0),
  F64_CONVERT_I64_S(Opcode.NO_PREFIX, 0xB9, "f64.convert_i64_s", Immediate.NONE, "I:F", 0),
  F64_CONVERT_I64_U(Opcode.NO_PREFIX, 0xBA, "f64.convert_i64_u", Immediate.NONE, "I:F", 0),
  F64_PROMOTE_F32(Opcode.NO_PREFIX, 0xBB, "f64.promote_f32", Immediate.NONE, "f:F", 0),
  I32_REINTERPRET_F32(Opcode.NO_PREFIX, 0xBC, "i32.reinterpret_f32", Immediate.NONE, "f:i", 0),
  I64_REINTERPRET_F64(Opcode.NO_PREFIX, 0xBD, "i64.reinterpret_f64", Immediate.NONE, "F:I", 0),
  F32_REINTERPRET_I32(Opcode.NO_PREFIX, 0xBE, "f32.reinterpret_i32", Immediate.NONE, "i:f", 0),
  F64_REINTERPRET_I64(Opcode.NO_PREFIX, 0xBF, "f64.reinterpret_i64", Immediate.NONE, "I:F", 0),
  I32_EXTEND8_S(Opcode.NO_PREFIX, 0xC0, "i32.extend8_s", Immediate.NONE, "i:i", 0),
  I32_EXTEND16_S(Opcode.NO_PREFIX, 0xC1, "i32.extend16_s", Immediate.NONE, "i:i", 0),
  I64_EXTEND8_S(Opcode.NO_PREFIX, 0xC2, "i64.extend8_s", Immediate.NONE, "I:I", 0),
  I64_EXTEND16_S(Opcode.NO_PREFIX, 0xC3, "i64.extend16_s", Immediate.NONE, "I:I", 0),
  I64_EXTEND32_S(Opcode.NO_PREFIX, 0xC4, "i64.extend32_s", Immediate.NONE, "I:I", 0),
  REF_NULL(Opcode.NO_PREFIX, 0xD0, "ref.null", Immediate.HEAP_TYPE, null, 0),
  REF_IS_NULL(Opcode.NO_PREFIX, 0xD1, "ref.is_null", Immediate.NONE, null, 0),
  REF_FUNC(Opcode.NO_PREFIX, 0xD2, "ref.func", Immediate.FUNC, null, 0),
  REF_EQ(Opcode.NO_PREFIX, 0xD3, "ref.eq", Immediate.NONE, null, 0),
  REF_AS_NON_NULL(Opcode.NO_PREFIX, 0xD4, "ref.as_non_null", Immediate.NONE, null, 0),
  BR_ON_NULL(Opcode.NO_PREFIX, 0xD5, "br_on_null", Immediate.LABEL, null, 0),
  BR_ON_NON_NULL(Opcode.NO_PREFIX, 0xD6, "br_on_non_null", Immediate.LABEL, null, 0),
  I32_TRUNC_SAT_F32_S(Opcode.MISC_PREFIX, 0x00, "i32.trunc_sat_f32_s", Immediate.NONE, "f:i", 0),
  I32_TRUNC_SAT_F32_U(Opcode.MISC_PREFIX, 0x01, "i32.trunc_sat_f32_u", Immediate.NONE, "f:i", 0),
  I32_TRUNC_SAT_F64_S(Opcode.MISC_PREFIX, 0x02, "i32.trunc_sat_f64_s", Immediate.NONE, "F:i", 0),
  I32_TRUNC_SAT_F64_U(Opcode.MISC_PREFIX, 0x03, "i32.trunc_sat_f64_u", Immediate.NONE, "F:i", 0),
  I64_TRUNC_SAT_F32_S(Opcode.MISC_PREFIX, 0x04, "i64.trunc_sat_f32_s", Immediate.NONE, "f:I", 0),
  I64_TRUNC_SAT_F32_U(Opcode.MISC_PREFIX, 0x05, "i64.trunc_sat_f32_u", Immediate.NONE, "f:I", 0),
  I64_TRUNC_SAT_F64_S(Opcode.MISC_PREFIX, 0x06, "i64.trunc_sat_f64_s", Immediate.NONE, "F:I", 0),
  I64_TRUNC_SAT_F64_U(Opcode.MISC_PREFIX, 0x07, "i64.trunc_sat_f64_u", Immediate.NONE, "F:I", 0),
  MEMORY_INIT(Opcode.MISC_PREFIX, 0x08, "memory.init", Immediate.MEMORY_INIT, null, 0),
  DATA_DROP(Opcode.MISC_PREFIX, 0x09, "data.drop", Immediate.DATA, null, 0),
  MEMORY_COPY(Opcode.MISC_PREFIX, 0x0A, "memory.copy", Immediate.MEMORY_COPY, null, 0),
  MEMORY_FILL(Opcode.MISC_PREFIX, 0x0B, "memory.fill", Immediate.MEMORY, null, 0),
  TABLE_INIT(Opcode.MISC_PREFIX, 0x0C, "table.init", Immediate.TABLE_INIT, null, 0),
  ELEM_DROP(Opcode.MISC_PREFIX, 0x0D, "elem.drop", Immediate.ELEM, null, 0),
  TABLE_COPY(Opcode.MISC_PREFIX, 0x0E, "table.copy", Immediate.TABLE_COPY, null, 0),
  TABLE_GROW(Opcode.MISC_PREFIX, 0x0F, "table.grow", Immediate.TABLE, null, 0),
  TABLE_SIZE(Opcode.MISC_PREFIX, 0x10, "table.size", Immediate.TABLE, null, 0),
  TABLE_FILL(Opcode.MISC_PREFIX, 0x11, "table.fill", Immediate.TABLE, null, 0),
  V128_LOAD(Opcode.SIMD_PREFIX, 0x00, "v128.load", Immediate.MEMARG, "a:v", 16),
  V128_LOAD8X8_S(Opcode.SIMD_PREFIX, 0x01, "v128.load8x8_s", Immediate.MEMARG, "a:v", 8),
  V128_LOAD8X8_U(Opcode.SIMD_PREFIX, 0x02, "v128.load8x8_u", Immediate.MEMARG, "a:v", 8),
  V128_LOAD16X4_S(Opcode.SIMD_PREFIX, 0x03, "v128.load16x4_s", Immediate.MEMARG, "a:v", 8),
  V128_LOAD16X4_U(Opcode.SIMD_PREFIX, 0x04, "v128.load16x4_u", Immediate.MEMARG, "a:v", 8),
  V128_LOAD32X2_S(Opcode.SIMD_PREFIX, 0x05, "v128.load32x2_s", Immediate.MEMARG, "a:v", 8),
  V128_LOAD32X2_U(Opcode.SIMD_PREFIX, 0x06, "v128.load32x2_u", Immediate.MEMARG, "a:v", 8),
  V128_LOAD8_SPLAT(Opcode.SIMD_PREFIX, 0x07, "v128.load8_splat", Immediate.MEMARG, "a:v", 1),
  V128_LOAD16_SPLAT(Opcode.SIMD_PREFIX, 0x08, "v128.load16_splat", Immediate.MEMARG, "a:v", 2),
  V128_LOAD32_SPLAT(Opcode.SIMD_PREFIX, 0x09, "v128.load32_splat", Immediate.MEMARG, "a:v", 4),
  V128_LOAD64_SPLAT(Opcode.SIMD_PREFIX, 0x0A, "v128.load64_splat", Immediate.MEMARG, "a:v", 8),
  V128_STORE(Opcode.SIMD_PREFIX, 0x0B, "v128.store", Immediate.MEMARG, "av:", 16),
  V128_CONST(Opcode.SIMD_PREFIX, 0x0C, "v128.const", Immediate.V128, ":v", 0),
  I8X16_SHUFFLE(Opcode.SIMD_PREFIX, 0x0D, "i8x16.shuffle", Immediate.SHUFFLE, "vv:v", 0),
  I8X16_SWIZZLE(Opcode.SIMD_PREFIX, 0x0E, "i8x16.swizzle", Immediate.NONE, "vv:v", 0),
  I8X16_SPLAT(Opcode.SIMD_PREFIX, 0x0F, "i8x16.splat", Immediate.NONE, "i:v", 0),
  I16X8_SPLAT(Opcode.SIMD_PREFIX, 0x10, "i16x8.splat", Immediate.NONE, "i:v", 0),
  I32X4_SPLAT(Opcode.SIMD_PREFIX, 0x11, "i32x4.splat", Immediate.NONE, "i:v", 0),
  I64X2_SPLAT(Opcode.SIMD_PREFIX, 0x12, "i64x2.splat", Immediate.NONE, "I:v", 0),
  F32X4_SPLAT(Opcode.SIMD_PREFIX, 0x13, "f32x4.splat", Immediate.NONE, "f:v", 0),
  F64X2_SPLAT(Opcode.SIMD_PREFIX, 0x14, "f64x2.splat", Immediate.NONE, "F:v", 0),
  I8X16_EXTRACT_LANE_S(Opcode.SIMD_PREFIX, 0x15, "i8x16.extract_lane_s", Immediate.LANE, "v:i", 16),
  I8X16_EXTRACT_LANE_U(Opcode.SIMD_PREFIX, 0x16, "i8x16.extract_lane_u", Immediate.LANE, "v:i", 16),
  I8X16_REPLACE_LANE(Opcode.SIMD_PREFIX, 0x17, "i8x16.replace_lane", Immediate.LANE, "vi:v", 16),
  I16X8_EXTRACT_LANE_S(Opcode.SIMD_PREFIX, 0x18, "i16x8.extract_lane_s", Immediate.LANE, "v:i", 8),
  I16X8_EXTRACT_LANE_U(Opcode.SIMD_PREFIX, 0x19, "i16x8.extract_lane_u", Immediate.LANE, "v:i", 8),
  I16X8_REPLACE_LANE(Opcode.SIMD_PREFIX, 0x1A, "i16x8.replace_lane", Immediate.LANE, "vi:v", 8),
  I32X4_EXTRACT_LANE(Opcode.SIMD_PREFIX, 0x1B, "i32x4.extract_lane", Immediate.LANE, "v:i", 4),
  I32X4_REPLACE_LANE(Opcode.SIMD_PREFIX, 0x1C, "i32x4.replace_lane", Immediate.LANE, "vi:v", 4),
  I64X2_EXTRACT_LANE(Opcode.SIMD_PREFIX, 0x1D, "i64x2.extract_lane", Immediate.LANE, "v:I", 2),
  I64X2_REPLACE_LANE(Opcode.SIMD_PREFIX, 0x1E, "i64x2.replace_lane", Immediate.LANE, "vI:v", 2),
  F32X4_EXTRACT_LANE(Opcode.SIMD_PREFIX, 0x1F, "f32x4.extract_lane", Immediate.LANE, "v:f", 4),
  F32X4_REPLACE_LANE(Opcode.SIMD_PREFIX, 0x20, "f32x4.replace_lane", Immediate.LANE, "vf:v", 4),
  F64X2_EXTRACT_LANE(Opcode.SIMD_PREFIX, 0x21, "f64x2.extract_lane", Immediate.LANE, "v:F", 2),
  F64X2_REPLACE_LANE(Opcode.SIMD_PREFIX, 0x22, "f64x2.replace_lane", Immediate.LANE, "vF:v", 2),
  I8X16_EQ(Opcode.SIMD_PREFIX, 0x23, "i8x16.eq", Immediate.NONE, "vv:v", 0),
  I8X16_NE(Opcode.SIMD_PREFIX, 0x24, "i8x16.ne", Immediate.NONE, "vv:v", 0),
  I8X16_LT_S(Opcode.SIMD_PREFIX, 0x25, "i8x16.lt_s", Immediate.NONE, "vv:v", 0),
  I8X16_LT_U(Opcode.SIMD_PREFIX, 0x26, "i8x16.lt_u", Immediate.NONE, "vv:v", 0),
  I8X16_GT_S(Opcode.SIMD_PREFIX, 0x27, "i8x16.gt_s", Immediate.NONE, "vv:v", 0),
  I8X16_GT_U(Opcode.SIMD_PREFIX, 0x28, "i8x16.gt_u", Immediate.NONE, "vv:v", 0),
  I8X16_LE_S(Opcode.SIMD_PREFIX, 0x29, "i8x16.le_s", Immediate.NONE, "vv:v", 0),
  I8X16_LE_U(Opcode.SIMD_PREFIX, 0x2A, "i8x16.le_u", Immediate.NONE, "vv:v", 0),
  I8X16_GE_S(Opcode.SIMD_PREFIX, 0x2B, "i8x16.ge_s", Immediate.NONE, "vv:v", 0),
  I8X16_GE_U(Opcode.SIMD_PREFIX, 0x2C, "i8x16.ge_u", Immediate.NONE, "vv:v", 0),
  I16X8_EQ(Opcode.SIMD_PREFIX, 0x2D, "i16x8.eq", Immediate.NONE, "vv:v", 0),
  I16X8_NE(Opcode.SIMD_PREFIX, 0x2E, "i16x8.ne", Immediate.NONE, "vv:v", 0),
  I16X8_LT_S(Opcode.SIMD_PREFIX, 0x2F, "i16x8.lt_s", Immediate.NONE, "vv:v", 0),
  I16X8_LT_U(Opcode.SIMD_PREFIX, 0x30, "i16x8.lt_u", Immediate.NONE, "vv:v", 0),
  I16X8_GT_S(Opcode.SIMD_PREFIX, 0x31, "i16x8.gt_s", Immediate.NONE, "vv:v", 0),
  I16X8_GT_U(Opcode.SIMD_PREFIX, 0x32, "i16x8.gt_u", Immediate.NONE, "vv:v", 0),
  I16X8_LE_S(Opcode.SIMD_PREFIX, 0x33, "i16x8.le_s", Immediate.NONE, "vv:v", 0),
  I16X8_LE_U(Opcode.SIMD_PREFIX, 0x34, "i16x8.le_u", Immediate.NONE, "vv:v", 0),
  I16X8_GE_S(Opcode.SIMD_PREFIX, 0x35, "i16x8.ge_s", Immediate.NONE, "vv:v", 0),
  I16X8_GE_U(Opcode.SIMD_PREFIX, 0x36, "i16x8.ge_u", Immediate.NONE, "vv:v", 0),
  I32X4_EQ(Opcode.SIMD_PREFIX, 0x37, "i32x4.eq", Immediate.NONE, "vv:v", 0),
  I32X4_NE(Opcode.SIMD_PREFIX, 0x38, "i32x4.ne", Immediate.NONE, "vv:v", 0),
  I32X4_LT_S(Opcode.SIMD_PREFIX, 0x39, "i32x4.lt_s", Immediate.NONE, "vv:v", 0),
  I32X4_LT_U(Opcode.SIMD_PREFIX, 0x3A, "i32x4.lt_u", Immediate.NONE, "vv:v", 0),
  I32X4_GT_S(Opcode.SIMD_PREFIX, 0x3B, "i32x4.gt_s", Immediate.NONE, "vv:v", 0),
  I32X4_GT_U(Opcode.SIMD_PREFIX, 0x3C, "i32x4.gt_u", Immediate.NONE, "vv:v", 0),
  I32X4_LE_S(Opcode.SIMD_PREFIX, 0x3D, "i32x4.le_s", Immediate.NONE, "vv:v", 0),
  I32X4_LE_U(Opcode.SIMD_PREFIX, 0x3E, "i32x4.le_u", Immediate.NONE, "vv:v", 0),
  I32X4_GE_S(Opcode.SIMD_PREFIX, 0x3F, "i32x4.ge_s", Immediate.NONE, "vv:v", 0),
  I32X4_GE_U(Opcode.SIMD_PREFIX, 0x40, "i32x4.ge_u", Immediate.NONE, "vv:v", 0),
  F32X4_EQ(Opcode.SIMD_PREFIX, 0x41, "f32x4.eq", Immediate.NONE, "vv:v", 0),
  F32X4_NE(Opcode.SIMD_PREFIX, 0x42, "f32x4.ne", Immediate.NONE, "vv:v", 0),
  F32X4_LT(Opcode.SIMD_PREFIX, 0x43, "f32x4.lt", Immediate.NONE, "vv:v", 0),
  F32X4_GT(Opcode.SIMD_PREFIX, 0x44, "f32x4.gt", Immediate.NONE, "vv:v", 0),
  F32X4_LE(Opcode.SIMD_PREFIX, 0x45, "f32x4.le", Immediate.NONE, "vv:v", 0),
  F32X4_GE(Opcode.SIMD_PREFIX, 0x46, "f32x4.ge", Immediate.NONE, "vv:v", 0),
  F64X2_EQ(Opcode.SIMD_PREFIX, 0x47, "f64x2.eq", Immediate.NONE, "vv:v", 0),
  F64X2_NE(Opcode.SIMD_PREFIX, 0x48, "f64x2.ne", Immediate.NONE, "vv:v", 0),
  F64X2_LT(Opcode.SIMD_PREFIX, 0x49, "f64x2.lt", Immediate.NONE, "vv:v", 0),
  F64X2_GT(Opcode.SIMD_PREFIX, 0x4A, "f64x2.gt", Immediate.NONE, "vv:v", 0),
  F64X2_LE(Opcode.SIMD_PREFIX, 0x4B, "f64x2.le", Immediate.NONE, "vv:v", 0),
  F64X2_GE(Opcode.SIMD_PREFIX, 0x4C, "f64x2.ge", Immediate.NONE, "vv:v", 0),
  V128_NOT(Opcode.SIMD_PREFIX, 0x4D, "v128.not", Immediate.NONE, "v:v", 0),
  V128_AND(Opcode.SIMD_PREFIX, 0x4E, "v128.and", Immediate.NONE, "vv:v", 0),
  V128_ANDNOT(Opcode.SIMD_PREFIX, 0x4F, "v128.andnot", Immediate.NONE, "vv:v", 0),
  V128_OR(Opcode.SIMD_PREFIX, 0x50, "v128.or", Immediate.NONE, "vv:v", 0),
  V128_XOR(Opcode.SIMD_PREFIX, 0x51, "v128.xor", Immediate.NONE, "vv:v", 0),
  V128_BITSELECT(Opcode.SIMD_PREFIX, 0x52, "v128.bitselect", Immediate.NONE, "vvv:v", 0),
  V128_ANY_TRUE(Opcode.SIMD_PREFIX, 0x53, "v128.any_true", Immediate.NONE, "v:i", 0),
  V128_LOAD8_LANE(Opcode.SIMD_PREFIX, 0x54, "v128.load8_lane", Immediate.MEMARG_LANE, "av:v", 1),
  V128_LOAD16_LANE(Opcode.SIMD_PREFIX, 0x55, "v128.load16_lane", Immediate.MEMARG_LANE, "av:v", 2),
  V128_LOAD32_LANE(Opcode.SIMD_PREFIX, 0x56, "v128.load32_lane", Immediate.MEMARG_LANE, "av:v", 4),
  V128_LOAD64_LANE(Opcode.SIMD_PREFIX, 0x57, "v128.load64_lane", Immediate.MEMARG_LANE, "av:v", 8),
  V128_STORE8_LANE(Opcode.SIMD_PREFIX, 0x58, "v128.store8_lane", Immediate.MEMARG_LANE, "av:", 1),
  V128_STORE16_LANE(Opcode.SIMD_PREFIX, 0x59, "v128.store16_lane", Immediate.MEMARG_LANE, "av:", 2),
  V128_STORE32_LANE(Opcode.SIMD_PREFIX, 0x5A, "v128.store32_lane", Immediate.MEMARG_LANE, "av:", 4),
  V128_STORE64_LANE(Opcode.SIMD_PREFIX, 0x5B, "v128.store64_lane", Immediate.MEMARG_LANE, "av:", 8),
  V128_LOAD32_ZERO(Opcode.SIMD_PREFIX, 0x5C, "v128.load32_zero", Immediate.MEMARG, "a:v", 4),
  V128_LOAD64_ZERO(Opcode.SIMD_PREFIX, 0x5D, "v128.load64_zero", Immediate.MEMARG, "a:v", 8),
  F32X4_DEMOTE_F64X2_ZERO(
      Opcode.SIMD_PREFIX, 0x5E, "f32x4.demote_f64x2_zero", Immediate.NONE, "v:v", 0),
  F64X2_PROMOTE_LOW_F32X4(
      Opcode.SIMD_PREFIX, 0x5F, "f64x2.promote_low_f32x4", Immediate.NONE, "v:v", 0),
  I8X16_ABS(Opcode.SIMD_PREFIX, 0x60, "i8x16.abs", Immediate.NONE, "v:v", 0),
  I8X16_NEG(Opcode.SIMD_PREFIX, 0x61, "i8x16.neg", Immediate.NONE, "v:v", 0),
  I8X16_POPCNT(Opcode.SIMD_PREFIX, 0x62, "i8x16.popcnt", Immediate.NONE, "v:v", 0),
  I8X16_ALL_TRUE(Opcode.SIMD_PREFIX, 0x63, "i8x16.all_true", Immediate.NONE, "v:i", 0),
  I8X16_BITMASK(Opcode.SIMD_PREFIX, 0x64, "i8x16.bitmask", Immediate.NONE, "v:i", 0),
  I8X16_NARROW_I16X8_S(Opcode.SIMD_PREFIX, 0x65, "i8x16.narrow_i16x8_s", Immediate.NONE, "vv:v", 0),
  I8X16_NARROW_I16X8_U(Opcode.SIMD_PREFIX, 0x66, "i8x16.narrow_i16x8_u", Immediate.NONE, "vv:v", 0),
  F32X4_CEIL(Opcode.SIMD_PREFIX, 0x67, "f32x4.ceil", Immediate.NONE, "v:v", 0),
  F32X4_FLOOR(Opcode.SIMD_PREFIX, 0x68, "f32x4.floor", Immediate.NONE, "v:v", 0),
  F32X4_TRUNC(Opcode.SIMD_PREFIX, 0x69, "f32x4.trunc", Immediate.NONE, "v:v", 0),
  F32X4_NEAREST(Opcode.SIMD_PREFIX, 0x6A, "f32x4.nearest", Immediate.NONE, "v:v", 0),
  I8X16_SHL(Opcode.SIMD_PREFIX, 0x6B, "i8x16.shl", Immediate.NONE, "vi:v", 0),
  I8X16_SHR_S(Opcode.SIMD_PREFIX, 0x6C, "i8x16.shr_s", Immediate.NONE, "vi:v", 0),
  I8X16_SHR_U(Opcode.SIMD_PREFIX, 0x6D, "i8x16.shr_u", Immediate.NONE, "vi:v", 0),
  I8X16_ADD(Opcode.SIMD_PREFIX, 0x6E, "i8x16.add", Immediate.NONE, "vv:v", 0),
  I8X16_ADD_SAT_S(Opcode.SIMD_PREFIX, 0x6F, "i8x16.add_sat_s", Immediate.NONE, "vv:v", 0),
  I8X16_ADD_SAT_U(Opcode.SIMD_PREFIX, 0x70, "i8x16.add_sat_u", Immediate.NONE, "vv:v", 0),
  I8X16_SUB(Opcode.SIMD_PREFIX, 0x71, "i8x16.sub", Immediate.NONE, "vv:v", 0),
  I8X16_SUB_SAT_S(Opcode.SIMD_PREFIX, 0x72, "i8x16.sub_sat_s", Immediate.NONE, "vv:v", 0),
  I8X16_SUB_SAT_U(Opcode.SIMD_PREFIX, 0x73, "i8x16.sub_sat_u", Immediate.NONE, "vv:v", 0),
  F64X2_CEIL(Opcode.SIMD_PREFIX, 0x74, "f64x2.ceil", Immediate.NONE, "v:v", 0),
  F64X2_FLOOR(Opcode.SIMD_PREFIX, 0x75, "f64x2.floor", Immediate.NONE, "v:v", 0),
  I8X16_MIN_S(Opcode.SIMD_PREFIX, 0x76, "i8x16.min_s", Immediate.NONE, "vv:v", 0),
  I8X16_MIN_U(Opcode.SIMD_PREFIX, 0x77, "i8x16.min_u", Immediate.NONE, "vv:v", 0),
  I8X16_MAX_S(Opcode.SIMD_PREFIX, 0x78, "i8x16.max_s", Immediate.NONE, "vv:v", 0),
  I8X16_MAX_U(Opcode.SIMD_PREFIX, 0x79, "i8x16.max_u", Immediate.NONE, "vv:v", 0),
  F64X2_TRUNC(Opcode.SIMD_PREFIX, 0x7A, "f64x2.trunc", Immediate.NONE, "v:v", 0),
  I8X16_AVGR_U(Opcode.SIMD_PREFIX, 0x7B, "i8x16.avgr_u", Immediate.NONE, "vv:v", 0),
  I16X8_EXTADD_PAIRWISE_I8X16_S(
      Opcode.SIMD_PREFIX, 0x7C, "i16x8.extadd_pairwise_i8x16_s", Immediate.NONE, "v:v", 0),
  I16X8_EXTADD_PAIRWISE_I8X16_U(
      Opcode.SIMD_PREFIX, 0x7D, "i16x8.extadd_pairwise_i8x16_u", Immediate.NONE, "v:v", 0),
  I32X4_EXTADD_PAIRWISE_I16X8_S(
      Opcode.SIMD_PREFIX, 0x7E, "i32x4.extadd_pairwise_i16x8_s", Immediate.NONE, "v:v", 0),
  I32X4_EXTADD_PAIRWISE_I16X8_U(
      Opcode.SIMD_PREFIX, 0x7F, "i32x4.extadd_pairwise_i16x8_u", Immediate.NONE, "v:v", 0),
  I16X8_ABS(Opcode.SIMD_PREFIX, 0x80, "i16x8.abs", Immediate.NONE, "v:v", 0),
  I16X8_NEG(Opcode.SIMD_PREFIX, 0x81, "i16x8.neg", Immediate.NONE, "v:v", 0),
  I16X8_Q15MULR_SAT_S(Opcode.SIMD_PREFIX, 0x82, "i16x8.q15mulr_sat_s", Immediate.NONE, "vv:v", 0),
  I16X8_ALL_TRUE(Opcode.SIMD_PREFIX, 0x83, "i16x8.all_true", Immediate.NONE, "v:i", 0),
  I16X8_BITMASK(Opcode.SIMD_PREFIX, 0x84, "i16x8.bitmask", Immediate.NONE, "v:i", 0),
  I16X8_NARROW_I32X4_S(Opcode.SIMD_PREFIX, 0x85, "i16x8.narrow_i32x4_s", Immediate.NONE, "vv:v", 0),
  I16X8_NARROW_I32X4_U(Opcode.SIMD_PREFIX, 0x86, "i16x8.narrow_i32x4_u", Immediate.NONE, "vv:v", 0),
  I16X8_EXTEND_LOW_I8X16_S(
      Opcode.SIMD_PREFIX, 0x87, "i16x8.extend_low_i8x16_s", Immediate.NONE, "v:v", 0),
  I16X8_EXTEND_HIGH_I8X16_S(
      Opcode.SIMD_PREFIX, 0x88, "i16x8.extend_high_i8x16_s", Immediate.NONE, "v:v", 0),
  I16X8_EXTEND_LOW_I8X16_U(
      Opcode.SIMD_PREFIX, 0x89, "i16x8.extend_low_i8x16_u", Immediate.NONE, "v:v", 0),
  I16X8_EXTEND_HIGH_I8X16_U(
      Opcode.SIMD_PREFIX, 0x8A, "i16x8.extend_high_i8x16_u", Immediate.NONE, "v:v", 0),
  I16X8_SHL(Opcode.SIMD_PREFIX, 0x8B, "i16x8.shl", Immediate.NONE, "vi:v", 0),
  I16X8_SHR_S(Opcode.SIMD_PREFIX, 0x8C, "i16x8.shr_s", Immediate.NONE, "vi:v", 0),
  I16X8_SHR_U(Opcode.SIMD_PREFIX, 0x8D, "i16x8.shr_u", Immediate.NONE, "vi:v", 0),
  I16X8_ADD(Opcode.SIMD_PREFIX, 0x8E, "i16x8.add", Immediate.NONE, "vv:v", 0),
  I16X8_ADD_SAT_S(Opcode.SIMD_PREFIX, 0x8F, "i16x8.add_sat_s", Immediate.NONE, "vv:v", 0),
  I16X8_ADD_SAT_U(Opcode.SIMD_PREFIX, 0x90, "i16x8.add_sat_u", Immediate.NONE, "vv:v", 0),
  I16X8_SUB(Opcode.SIMD_PREFIX, 0x91, "i16x8.sub", Immediate.NONE, "vv:v", 0),
  I16X8_SUB_SAT_S(Opcode.SIMD_PREFIX, 0x92, "i16x8.sub_sat_s", Immediate.NONE, "vv:v", 0),
  I16X8_SUB_SAT_U(Opcode.SIMD_PREFIX, 0x93, "i16x8.sub_sat_u", Immediate.NONE, "vv:v", 0),
  F64X2_NEAREST(Opcode.SIMD_PREFIX, 0x94, "f64x2.nearest", Immediate.NONE, "v:v", 0),
  I16X8_MUL(Opcode.SIMD_PREFIX, 0x95, "i16x8.mul", Immediate.NONE, "vv:v", 0),
  I16X8_MIN_S(Opcode.SIMD_PREFIX, 0x96, "i16x8.min_s", Immediate.NONE, "vv:v", 0),
  I16X8_MIN_U(Opcode.SIMD_PREFIX, 0x97, "i16x8.min_u", Immediate.NONE, "vv:v", 0),
  I16X8_MAX_S(Opcode.SIMD_PREFIX, 0x98, "i16x8.max_s", Immediate.NONE, "vv:v", 0),
  I16X8_MAX_U(Opcode.SIMD_PREFIX, 0x99, "i16x8.max_u", Immediate.NONE, "vv:v", 0),
  I16X8_AVGR_U(Opcode.SIMD_PREFIX, 0x9B, "i16x8.avgr_u", Immediate.NONE, "vv:v", 0),
  I16X8_EXTMUL_LOW_I8X16_S(
      Opcode.SIMD_PREFIX, 0x9C, "i16x8.extmul_low_i8x16_s", Immediate.NONE, "vv:v", 0),
  I16X8_EXTMUL_HIGH_I8X16_S(
      Opcode.SIMD_PREFIX, 0x9D, "i16x8.extmul_high_i8x16_s", Immediate.NONE, "vv:v", 0),
  I16X8_EXTMUL_LOW_I8X16_U(
      Opcode.SIMD_PREFIX, 0x9E, "i16x8.extmul_low_i8x16_u", Immediate.NONE, "vv:v", 0),
  I16X8_EXTMUL_HIGH_I8X16_U(
      Opcode.SIMD_PREFIX, 0x9F, "i16x8.extmul_high_i8x16_u", Immediate.NONE, "vv:v", 0),
  I32X4_ABS(Opcode.SIMD_PREFIX, 0xA0, "i32x4.abs", Immediate.NONE, "v:v", 0),
  I32X4_NEG(Opcode.SIMD_PREFIX, 0xA1, "i32x4.neg", Immediate.NONE, "v:v", 0),
  I32X4_ALL_TRUE(Opcode.SIMD_PREFIX, 0xA3, "i32x4.all_true", Immediate.NONE, "v:i", 0),
  I32X4_BITMASK(Opcode.SIMD_PREFIX, 0xA4, "i32x4.bitmask", Immediate.NONE, "v:i", 0),
  I32X4_EXTEND_LOW_I16X8_S(
      Opcode.SIMD_PREFIX, 0xA7, "i32x4.extend_low_i16x8_s", Immediate.NONE, "v:v", 0),
  I32X4_EXTEND_HIGH_I16X8_S(
      Opcode.SIMD_PREFIX, 0xA8, "i32x4.extend_high_i16x8_s", Immediate.NONE, "v:v", 0),
  I32X4_EXTEND_LOW_I16X8_U(
      Opcode.SIMD_PREFIX, 0xA9, "i32x4.extend_low_i16x8_u", Immediate.NONE, "v:v", 0),
  I32X4_EXTEND_HIGH_I16X8_U(
      Opcode.SIMD_PREFIX, 0xAA, "i32x4.extend_high_i16x8_u", Immediate.NONE, "v:v", 0),
  I32X4_SHL(Opcode.SIMD_PREFIX, 0xAB, "i32x4.shl", Immediate.NONE, "vi:v", 0),
  I32X4_SHR_S(Opcode.SIMD_PREFIX, 0xAC, "i32x4.shr_s", Immediate.NONE, "vi:v", 0),
  I32X4_SHR_U(Opcode.SIMD_PREFIX, 0xAD, "i32x4.shr_u", Immediate.NONE, "vi:v", 0),
  I32X4_ADD(Opcode.SIMD_PREFIX, 0xAE, "i32x4.add", Immediate.NONE, "vv:v", 0),
  I32X4_SUB(Opcode.SIMD_PREFIX, 0xB1, "i32x4.sub", Immediate.NONE, "vv:v", 0),
  I32X4_MUL(Opcode.SIMD_PREFIX, 0xB5, "i32x4.mul", Immediate.NONE, "vv:v", 0),
  I32X4_MIN_S(Opcode.SIMD_PREFIX, 0xB6, "i32x4.min_s", Immediate.NONE, "vv:v", 0),
  I32X4_MIN_U(Opcode.SIMD_PREFIX, 0xB7, "i32x4.min_u", Immediate.NONE, "vv:v", 0),
  I32X4_MAX_S(Opcode.SIMD_PREFIX, 0xB8, "i32x4.max_s", Immediate.NONE, "vv:v", 0),
  I32X4_MAX_U(Opcode.SIMD_PREFIX, 0xB9, "i32x4.max_u", Immediate.NONE, "vv:v", 0),
  I32X4_DOT_I16X8_S(Opcode.SIMD_PREFIX, 0xBA, "i32x4.dot_i16x8_s", Immediate.NONE, "vv:v", 0),
  I32X4_EXTMUL_LOW_I16X8_S(
      Opcode.SIMD_PREFIX, 0xBC, "i32x4.extmul_low_i16x8_s", Immediate.NONE, "vv:v", 0),
  I32X4_EXTMUL_HIGH_I16X8_S(
      Opcode.SIMD_PREFIX, 0xBD, "i32x4.extmul_high_i16x8_s", Immediate.NONE, "vv:v", 0),
  I32X4_EXTMUL_LOW_I16X8_U(
      Opcode.SIMD_PREFIX, 0xBE, "i32x4.extmul_low_i16x8_u", Immediate.NONE, "vv:v", 0),
  I32X4_EXTMUL_HIGH_I16X8_U(
      Opcode.SIMD_PREFIX, 0xBF, "i32x4.extmul_high_i16x8_u", Immediate.NONE, "vv:v", 0),
  I64X2_ABS(Opcode.SIMD_PREFIX, 0xC0, "i64x2.abs", Immediate.NONE, "v:v", 0),
  I64X2_NEG(Opcode.SIMD_PREFIX, 0xC1, "i64x2.neg", Immediate.NONE, "v:v", 0),
  I64X2_ALL_TRUE(Opcode.SIMD_PREFIX, 0xC3, "i64x2.all_true", Immediate.NONE, "v:i", 0),
  I64X2_BITMASK(Opcode.SIMD_PREFIX, 0xC4, "i64x2.bitmask", Immediate.NONE, "v:i", 0),
  I64X2_EXTEND_LOW_I32X4_S(
      Opcode.SIMD_PREFIX, 0xC7, "i64x2.extend_low_i32x4_s", Immediate.NONE, "v:v", 0),
  I64X2_EXTEND_HIGH_I32X4_S(
      Opcode.SIMD_PREFIX, 0xC8, "i64x2.extend_high_i32x4_s", Immediate.NONE, "v:v", 0),
  I64X2_EXTEND_LOW_I32X4_U(
      Opcode.SIMD_PREFIX, 0xC9, "i64x2.extend_low_i32x4_u", Immediate.NONE, "v:v", 0),
  I64X2_EXTEND_HIGH_I32X4_U(
      Opcode.SIMD_PREFIX, 0xCA, "i64x2.extend_high_i32x4_u", Immediate.NONE, "v:v", 0),
  I64X2_SHL(Opcode.SIMD_PREFIX, 0xCB, "i64x2.shl", Immediate.NONE, "vi:v", 0),
  I64X2_SHR_S(Opcode.SIMD_PREFIX, 0xCC, "i64x2.shr_s", Immediate.NONE, "vi:v", 0),
  I64X2_SHR_U(Opcode.SIMD_PREFIX, 0xCD, "i64x2.shr_u", Immediate.NONE, "vi:v", 0),
  I64X2_ADD(Opcode.SIMD_PREFIX, 0xCE, "i64x2.add", Immediate.NONE, "vv:v", 0),
  I64X2_SUB(Opcode.SIMD_PREFIX, 0xD1, "i64x2.sub", Immediate.NONE, "vv:v", 0),
  I64X2_MUL(Opcode.SIMD_PREFIX, 0xD5, "i64x2.mul", Immediate.NONE, "vv:v", 0),
  I64X2_EQ(Opcode.SIMD_PREFIX, 0xD6, "i64x2.eq", Immediate.NONE, "vv:v", 0),
  I64X2_NE(Opcode.SIMD_PREFIX, 0xD7, "i64x2.ne", Immediate.NONE, "vv:v", 0),
  I64X2_LT_S(Opcode.SIMD_PREFIX, 0xD8, "i64x2.lt_s", Immediate.NONE, "vv:v", 0),
  I64X2_GT_S(Opcode.SIMD_PREFIX, 0xD9, "i64x2.gt_s", Immediate.NONE, "vv:v", 0),
  I64X2_LE_S(Opcode.SIMD_PREFIX, 0xDA, "i64x2.le_s", Immediate.NONE, "vv:v", 0),
  I64X2_GE_S(Opcode.SIMD_PREFIX, 0xDB, "i64x2.ge_s", Immediate.NONE, "vv:v", 0),
  I64X2_EXTMUL_LOW_I32X4_S(
      Opcode.SIMD_PREFIX, 0xDC, "i64x2.extmul_low_i32x4_s", Immediate.NONE, "vv:v", 0),
  I64X2_EXTMUL_HIGH_I32X4_S(
      Opcode.SIMD_PREFIX, 0xDD, "i64x2.extmul_high_i32x4_s", Immediate.NONE, "vv:v", 0),
  I64X2_EXTMUL_LOW_I32X4_U(
      Opcode.SIMD_PREFIX, 0xDE, "i64x2.extmul_low_i32x4_u", Immediate.NONE, "vv:v", 0),
  I64X2_EXTMUL_HIGH_I32X4_U(
      Opcode.SIMD_PREFIX, 0xDF, "i64x2.extmul_high_i32x4_u", Immediate.NONE, "vv:v", 0),
  F32X4_ABS(Opcode.SIMD_PREFIX, 0xE0, "f32x4.abs", Immediate.NONE, "v:v", 0),
  F32X4_NEG(Opcode.SIMD_PREFIX, 0xE1, "f32x4.neg", Immediate.NONE, "v:v", 0),
  F32X4_SQRT(Opcode.SIMD_PREFIX, 0xE3, "f32x4.sqrt", Immediate.NONE, "v:v", 0),
  F32X4_ADD(Opcode.SIMD_PREFIX, 0xE4, "f32x4.add", Immediate.NONE, "vv:v", 0),
  F32X4_SUB(Opcode.SIMD_PREFIX, 0xE5, "f32x4.sub", Immediate.NONE, "vv:v", 0),
  F32X4_MUL(Opcode.SIMD_PREFIX, 0xE6, "f32x4.mul", Immediate.NONE, "vv:v", 0),
  F32X4_DIV(Opcode.SIMD_PREFIX, 0xE7, "f32x4.div", Immediate.NONE, "vv:v", 0),
  F32X4_MIN(Opcode.SIMD_PREFIX, 0xE8, "f32x4.min", Immediate.NONE, "vv:v", 0),
  F32X4_MAX(Opcode.SIMD_PREFIX, 0xE9, "f32x4.max", Immediate.NONE, "vv:v", 0),
  F32X4_PMIN(Opcode.SIMD_PREFIX, 0xEA, "f32x4.pmin", Immediate.NONE, "vv:v", 0),
  F32X4_PMAX(Opcode.SIMD_PREFIX, 0xEB, "f32x4.pmax", Immediate.NONE, "vv:v", 0),
  F64X2_ABS(Opcode.SIMD_PREFIX, 0xEC, "f64x2.abs", Immediate.NONE, "v:v", 0),
  F64X2_NEG(Opcode.SIMD_PREFIX, 0xED, "f64x2.neg", Immediate.NONE, "v:v", 0),
  F64X2_SQRT(Opcode.SIMD_PREFIX, 0xEF, "f64x2.sqrt", Immediate.NONE, "v:v", 0),
  F64X2_ADD(Opcode.SIMD_PREFIX, 0xF0, "f64x2.add", Immediate.NONE, "vv:v", 0),
  F64X2_SUB(Opcode.SIMD_PREFIX, 0xF1, "f64x2.sub", Immediate.NONE, "vv:v", 0),
  F64X2_MUL(Opcode.SIMD_PREFIX, 0xF2, "f64x2.mul", Immediate.NONE, "vv:v", 0),
  F64X2_DIV(Opcode.SIMD_PREFIX, 0xF3, "f64x2.div", Immediate.NONE, "vv:v", 0),
  F64X2_MIN(Opcode.SIMD_PREFIX, 0xF4, "f64x2.min", Immediate.NONE, "vv:v", 0),
  F64X2_MAX(Opcode.SIMD_PREFIX, 0xF5, "f64x2.max", Immediate.NONE, "vv:v", 0),
  F64X2_PMIN(Opcode.SIMD_PREFIX, 0xF6, "f64x2.pmin", Immediate.NONE, "vv:v", 0),
  F64X2_PMAX(Opcode.SIMD_PREFIX, 0xF7, "f64x2.pmax", Immediate.NONE, "vv:v", 0),
  I32X4_TRUNC_SAT_F32X4_S(
      Opcode.SIMD_PREFIX, 0xF8, "i32x4.trunc_sat_f32x4_s", Immediate.NONE, "v:v", 0),
  I32X4_TRUNC_SAT_F32X4_U(
      Opcode.SIMD_PREFIX, 0xF9, "i32x4.trunc_sat_f32x4_u", Immediate.NONE, "v:v", 0),
  F32X4_CONVERT_I32X4_S(
      Opcode.SIMD_PREFIX, 0xFA, "f32x4.convert_i32x4_s", Immediate.NONE, "v:v", 0),
  F32X4_CONVERT_I32X4_U(
      Opcode.SIMD_PREFIX, 0xFB, "f32x4.convert_i32x4_u", Immediate.NONE, "v:v", 0),
  I32X4_TRUNC_SAT_F64X2_S_ZERO(
      Opcode.SIMD_PREFIX, 0xFC, "i32x4.trunc_sat_f64x2_s_zero", Immediate.NONE, "v:v", 0),
  I32X4_TRUNC_SAT_F64X2_U_ZERO(
      Opcode.SIMD_PREFIX, 0xFD, "i32x4.trunc_sat_f64x2_u_zero", Immediate.NONE, "v:v", 0),
  F64X2_CONVERT_LOW_I32X4_S(
      Opcode.SIMD_PREFIX, 0xFE, "f64x2.convert_low_i32x4_s", Immediate.NONE, "v:v", 0),
  F64X2_CONVERT_LOW_I32X4_U(
      Opcode.SIMD_PREFIX, 0xFF, "f64x2.convert_low_i32x4_u", Immediate.NONE, "v:v", 0),
  I8X16_RELAXED_SWIZZLE(
      Opcode.SIMD_PREFIX, 0x100, "i8x16.relaxed_swizzle", Immediate.NONE, "vv:v", 0),
  I32X4_RELAXED_TRUNC_F32X4_S(
      Opcode.SIMD_PREFIX, 0x101, "i32x4.relaxed_trunc_f32x4_s", Immediate.NONE, "v:v", 0),
  I32X4_RELAXED_TRUNC_F32X4_U(
      Opcode.SIMD_PREFIX, 0x102, "i32x4.relaxed_trunc_f32x4_u", Immediate.NONE, "v:v", 0),
  I32X4_RELAXED_TRUNC_F64X2_S_ZERO(
      Opcode.SIMD_PREFIX, 0x103, "i32x4.relaxed_trunc_f64x2_s_zero", Immediate.NONE, "v:v", 0),
  I32X4_RELAXED_TRUNC_F64X2_U_ZERO(
      Opcode.SIMD_PREFIX, 0x104, "i32x4.relaxed_trunc_f64x2_u_zero", Immediate.NONE, "v:v", 0),
  F32X4_RELAXED_MADD(Opcode.SIMD_PREFIX, 0x105, "f32x4.relaxed_madd", Immediate.NONE, "vvv:v", 0),
  F32X4_RELAXED_NMADD(Opcode.SIMD_PREFIX, 0x106, "f32x4.relaxed_nmadd", Immediate.NONE, "vvv:v", 0),
  F64X2_RELAXED_MADD(Opcode.SIMD_PREFIX, 0x107, "f64x2.relaxed_madd", Immediate.NONE, "vvv:v", 0),
  F64X2_RELAXED_NMADD(Opcode.SIMD_PREFIX, 0x108, "f64x2.relaxed_nmadd", Immediate.NONE, "vvv:v", 0),
  I8X16_RELAXED_LANESELECT(
      Opcode.SIMD_PREFIX, 0x109, "i8x16.relaxed_laneselect", Immediate.NONE, "vvv:v", 0),
  I16X8_RELAXED_LANESELECT(
      Opcode.SIMD_PREFIX, 0x10A, "i16x8.relaxed_laneselect", Immediate.NONE, "vvv:v", 0),
  I32X4_RELAXED_LANESELECT(
      Opcode.SIMD_PREFIX, 0x10B, "i32x4.relaxed_laneselect", Immediate.NONE, "vvv:v", 0),
  I64X2_RELAXED_LANESELECT(
      Opcode.SIMD_PREFIX, 0x10C, "i64x2.relaxed_laneselect", Immediate.NONE, "vvv:v", 0),
  F32X4_RELAXED_MIN(Opcode.SIMD_PREFIX, 0x10D, "f32x4.relaxed_min", Immediate.NONE, "vv:v", 0),
  F32X4_RELAXED_MAX(Opcode.SIMD_PREFIX, 0x10E, "f32x4.relaxed_max", Immediate.NONE, "vv:v", 0),
  F64X2_RELAXED_MIN(Opcode.SIMD_PREFIX, 0x10F, "f64x2.relaxed_min", Immediate.NONE, "vv:v", 0),
  F64X2_RELAXED_MAX(Opcode.SIMD_PREFIX, 0x110, "f64x2.relaxed_max", Immediate.NONE, "vv:v", 0),
  I16X8_RELAXED_Q15MULR_S(
      Opcode.SIMD_PREFIX, 0x111, "i16x8.relaxed_q15mulr_s", Immediate.NONE, "vv:v", 0),
  I16X8_RELAXED_DOT_I8X16_I7X16_S(
      Opcode.SIMD_PREFIX, 0x112, "i16x8.relaxed_dot_i8x16_i7x16_s", Immediate.NONE, "vv:v", 0),
  I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S(
      Opcode.SIMD_PREFIX, 0x113, "i32x4.relaxed_dot_i8x16_i7x16_add_s", Immediate.NONE, "vvv:v", 0);

  /** Prefix value of single-byte opcodes. */
  public static final int NO_PREFIX = 0;

  /** The prefix of bulk-memory, table and saturating-conversion opcodes. */
  public static final int MISC_PREFIX = 0xFC;

  /** The prefix of SIMD opcodes. */
  public static final int SIMD_PREFIX = 0xFD;

  private static final Opcode[] SINGLE = new Opcode[256];
  private static final Opcode[] MISC = new Opcode[32];
  private static final Opcode[] SIMD = new Opcode[0x114];
  private static final Map<String, Opcode> BY_MNEMONIC = new HashMap<>();

  static {
    for (Opcode op : values()) {
      switch (op.prefix) {
        case NO_PREFIX -> SINGLE[op.code] = op;
        case MISC_PREFIX -> MISC[op.code] = op;
        case SIMD_PREFIX -> SIMD[op.code] = op;
        default -> throw new AssertionError(op);
      }
      if (op != SELECT_T) {
        BY_MNEMONIC.put(op.mnemonic, op);
      }
    }
  }

  private final int prefix;
  private final int code;
  private final String mnemonic;
  private final Immediate immediate;
  private final String signature;
  private final int arg;

  Opcode(int prefix, int code, String mnemonic, Immediate immediate, String signature, int arg) {
    this.prefix = prefix;
    this.code = code;
    this.mnemonic = mnemonic;
    this.immediate = immediate;
    this.signature = signature;
    this.arg = arg;
  }

  /**
   * Returns the opcode with this prefix byte and code, or {@code null} when none exists.
   *
   * @param prefix {@code 0} for single-byte opcodes, {@code 0xFC} or {@code 0xFD}
   * @param code the opcode byte, or the u32 that follows a prefix
   * @return the opcode, or {@code null}
   */
  public static Opcode of(int prefix, long code) {
    Opcode[] table =
        switch (prefix) {
          case NO_PREFIX -> SINGLE;
          case MISC_PREFIX -> MISC;
          case SIMD_PREFIX -> SIMD;
          default -> null;
        };
    if (table == null || code < 0 || code >= table.length) {
      return null;
    }
    return table[(int) code];
  }

  /**
   * Returns the opcode written with this text mnemonic, or {@code null} when none exists. {@code
   * select} returns the untyped form; the text reader chooses {@link #SELECT_T} when a result type
   * follows.
   *
   * @param mnemonic for example {@code "i32.add"}
   * @return the opcode, or {@code null}
   */
  public static Opcode ofMnemonic(String mnemonic) {
    return BY_MNEMONIC.get(mnemonic);
  }

  /**
   * Returns the prefix byte: {@code 0}, {@link #MISC_PREFIX} or {@link #SIMD_PREFIX}.
   *
   * @return the prefix
   */
  public int prefix() {
    return prefix;
  }

  /**
   * Returns the opcode byte, or for prefixed opcodes the u32 after the prefix.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * Returns the text-format mnemonic.
   *
   * @return for example {@code "i32.add"}
   */
  public String mnemonic() {
    return mnemonic;
  }

  /**
   * Returns the shape of the immediate operands that follow the opcode.
   *
   * @return the immediate kind
   */
  public Immediate immediate() {
    return immediate;
  }

  /**
   * Returns the fixed signature ({@code "ii:i"}), or {@code null} when typing depends on context.
   *
   * @return the signature or {@code null}
   */
  public String signature() {
    return signature;
  }

  /**
   * Returns the access size in bytes (memory instructions) or lane count (lane instructions).
   *
   * @return the argument, 0 when not applicable
   */
  public int arg() {
    return arg;
  }

  @Override
  public String toString() {
    return mnemonic;
  }
}
