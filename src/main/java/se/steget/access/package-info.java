/**
 * Users, roles, login and the scope of what each user may see. Fine-grained scopes and
 * the audit log grow here.
 */
package se.steget.access;
