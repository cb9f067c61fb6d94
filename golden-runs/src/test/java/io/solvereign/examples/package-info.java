/**
 * The README's embedding example as compiled source: {@code ReadmeExampleTest} keeps the README's
 * block equal to it and runs it, and the consumer project {@code .ci/consumer} compiles this folder
 * against the installed artifacts alone. Only example code lives here (no tests).
 */
package io.solvereign.examples;
