@NullMarked
package id.rantai.monitoring.forwarding;

import org.jspecify.annotations.NullMarked;
