@NullMarked
package id.rantai.shared.geo;

import org.jspecify.annotations.NullMarked;
