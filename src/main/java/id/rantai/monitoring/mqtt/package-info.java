@NullMarked
package id.rantai.monitoring.mqtt;

import org.jspecify.annotations.NullMarked;
