package dev.teracage.compiler.model;

/**
 * A run of locals of one type, as declared in a function body. The model keeps runs merged: two
 * adjacent runs never have the same type, so text and binary sources give the same list.
 *
 * @param count how many locals (u32; the decoder rejects totals over 2^32-1)
 * @param type their type
 */
public record Local(long count, ValType type) {}
