/**
 * Value types every module uses: identity numbers, municipalities, gender, and the shared
 * exceptions for rejected input and missing records, the personal-data contract every
 * module that stores data about a person implements
 * ({@link se.steget.core.PersonalData}), and the small-cell setting.
 */
package se.steget.core;
