@NullMarked
package id.rantai.audit.web;

import org.jspecify.annotations.NullMarked;
