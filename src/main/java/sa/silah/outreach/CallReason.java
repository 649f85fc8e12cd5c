package sa.silah.outreach;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why a call is asked, as a message key and its arguments, so that each reader sees it in their own language. Stored
 * on the task as the key and the arguments in a JSON array.
 */
public record CallReason(String key, List<String> params) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public CallReason {
        params = List.copyOf(params);
    }

    static CallReason neverContacted(int months) {
        return new CallReason("outreach.task.reason.neverContacted", List.of(Integer.toString(months)));
    }

    static CallReason notContactedFor(int months) {
        return new CallReason("outreach.task.reason.notContacted", List.of(Integer.toString(months)));
    }

    static CallReason read(String key, String paramsJson) {
        return new CallReason(key, paramsJson == null ? List.of() : JSON.readValue(paramsJson, new TypeReference<List<String>>() {
        }));
    }

    String paramsJson() {
        return JSON.writeValueAsString(params);
    }

    /** The arguments for a message source; whole numbers as numbers, so that a message can choose its plural. */
    public Object[] arguments() {
        return params.stream().map(param -> param.matches("\\d{1,9}") ? (Object) Integer.valueOf(param) : param)
                .toArray();
    }
}
