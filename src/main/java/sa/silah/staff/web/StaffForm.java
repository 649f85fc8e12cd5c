package sa.silah.staff.web;

import java.util.EnumSet;
import java.util.Set;

import sa.silah.staff.Role;
import sa.silah.staff.StaffAccount;
import sa.silah.staff.StaffUser;

/** The administrator's form for a staff account; the password only when creating one. */
public class StaffForm {

    private String username;
    private String displayName;
    private String email;
    private Long departmentId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String password;

    static StaffForm of(StaffUser user) {
        StaffForm form = new StaffForm();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.email = user.getEmail();
        form.departmentId = user.getDepartmentId();
        form.roles = EnumSet.noneOf(Role.class);
        form.roles.addAll(user.getRoles());
        return form;
    }

    StaffAccount toAccount() {
        return new StaffAccount(username == null ? null : username.strip(), displayName, email, departmentId, roles);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
