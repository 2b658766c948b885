/**
 * Value types every module uses: identity numbers, municipalities, gender, and the shared
 * exceptions for rejected input and missing records.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.steget.core;
