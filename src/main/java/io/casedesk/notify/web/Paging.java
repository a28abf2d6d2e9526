package io.casedesk.notify.web;

final class Paging {

    static final int MAX_PAGE_SIZE = 200;

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0) {
            throw new Admins.BadParameter("page", "page is 0 or more.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new Admins.BadParameter("size", "size is between 1 and %d.".formatted(MAX_PAGE_SIZE));
        }
    }
}
