@NullMarked
package id.rantai.shared.time;

import org.jspecify.annotations.NullMarked;
