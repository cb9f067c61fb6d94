/** Reading and writing: the whitelist forecast parser, canonical forms, hashes and JSON codecs. */
package io.solvereign.api.io;
