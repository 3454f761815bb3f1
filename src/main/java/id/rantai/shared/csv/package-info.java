@NullMarked
package id.rantai.shared.csv;

import org.jspecify.annotations.NullMarked;
