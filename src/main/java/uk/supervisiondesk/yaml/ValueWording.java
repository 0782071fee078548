package uk.supervisiondesk.yaml;

/**
 * How a file format words a value that is blank, is not a single value, or is not a list. The
 * formats grew their wording separately and users (and their tests) rely on it, so each keeps its
 * own rather than one being reworded to match the other.
 */
public enum ValueWording {
    /** Names the value: "'label' in field 'x' has no value". Templates and question banks. */
    NAMING {
        @Override
        String blank(String what, String where) {
            return what + " in " + where + " has no value";
        }

        @Override
        String notSingle(String what, String where) {
            return what + " in " + where + " must be a single value, not a list or a block";
        }

        @Override
        String notList(String key, String where) {
            return "'" + key + "' in " + where + " must be a list: [a, b] or lines starting with '- '";
        }
    },
    /** Names only the mapping: "a value is missing in 'records'". Policy packs. */
    BRIEF {
        @Override
        String blank(String what, String where) {
            return "a value is missing in " + where;
        }

        @Override
        String notSingle(String what, String where) {
            return "expected a single value in " + where + ", not a list or a block";
        }

        @Override
        String notList(String key, String where) {
            return "'" + key + "' in " + where + " must be a list (lines starting with '- ')";
        }
    };

    /** {@code what} names the value, e.g. "'label'" or "an option"; {@code where} the mapping it is in. */
    abstract String blank(String what, String where);

    abstract String notSingle(String what, String where);

    abstract String notList(String key, String where);
}
