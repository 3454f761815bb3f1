@NullMarked
package id.rantai.certification.web;

import org.jspecify.annotations.NullMarked;
