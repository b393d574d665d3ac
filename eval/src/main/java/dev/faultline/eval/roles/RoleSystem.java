package dev.faultline.eval.roles;

/** The system under test, seen from cameo-roles: the source and target spans it finds in one sentence. */
@FunctionalInterface
public interface RoleSystem {
    ProducedRoles roles(RoleSentence sentence);
}
