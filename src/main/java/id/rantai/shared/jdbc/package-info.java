@NullMarked
package id.rantai.shared.jdbc;

import org.jspecify.annotations.NullMarked;
