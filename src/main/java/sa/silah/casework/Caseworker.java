package sa.silah.casework;

import java.util.Set;

import sa.silah.staff.Role;

/**
 * The member of staff acting on requests, with what decides which requests they may see and change:
 * department staff see their department's queue and what is assigned to them; officers, managers and
 * administrators see every department, because beneficiaries reach them on every channel.
 */
public record Caseworker(String username, Long departmentId, Set<Role> roles) {

    public Caseworker {
        roles = Set.copyOf(roles);
    }

    public boolean isManager() {
        return roles.contains(Role.MANAGER) || roles.contains(Role.ADMIN);
    }

    public boolean seesEveryDepartment() {
        return roles.contains(Role.OFFICER) || isManager();
    }

    public boolean mayAssign() {
        return seesEveryDepartment();
    }

    public boolean maySee(Request request) {
        return seesEveryDepartment() || username.equals(request.getAssignee())
                || (departmentId != null && departmentId.equals(request.getDepartmentId()));
    }
}
