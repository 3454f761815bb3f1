@NullMarked
package id.rantai.monitoring.web;

import org.jspecify.annotations.NullMarked;
