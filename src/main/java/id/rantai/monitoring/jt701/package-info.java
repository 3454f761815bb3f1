@NullMarked
package id.rantai.monitoring.jt701;

import org.jspecify.annotations.NullMarked;
