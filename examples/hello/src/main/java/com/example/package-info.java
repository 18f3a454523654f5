/** The quick start's application: calls the module in {@code src/main/wasm} through its facade. */
package com.example;
