package sa.silah.shared;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a domain rule's field problems on a page form, next to the fields they concern. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void bind(InvalidFieldsException exception, BindingResult result) {
        for (FieldProblem problem : exception.problems()) {
            try {
                result.rejectValue(problem.field(), problem.messageKey());
            }
            catch (NotReadablePropertyException notOnThisForm) {
                result.reject(problem.messageKey());
            }
        }
    }
}
