@NullMarked
package id.rantai.monitoring.alert;

import org.jspecify.annotations.NullMarked;
