package io.casedesk.cases;

/** How the matter was solved (policies B and D). */
public enum SolutionType {
    ANSWER, WORKAROUND, PATCH_OR_HOTFIX, FIX_IN_FUTURE_RELEASE, KNOWLEDGE_ARTICLE, FEATURE_REQUEST_ROADMAP,
    EXPLAINED_NOT_POSSIBLE
}
