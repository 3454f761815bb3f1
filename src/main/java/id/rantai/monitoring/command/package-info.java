@NullMarked
package id.rantai.monitoring.command;

import org.jspecify.annotations.NullMarked;
