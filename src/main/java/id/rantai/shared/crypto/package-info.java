@NullMarked
package id.rantai.shared.crypto;

import org.jspecify.annotations.NullMarked;
