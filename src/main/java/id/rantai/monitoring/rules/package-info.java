@NullMarked
package id.rantai.monitoring.rules;

import org.jspecify.annotations.NullMarked;
