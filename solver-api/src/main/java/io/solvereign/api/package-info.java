/** Entry points, error codes and the exception type shared by every SOLVEREIGN module. */
package io.solvereign.api;
