@NullMarked
package id.rantai.notification.web;

import org.jspecify.annotations.NullMarked;
