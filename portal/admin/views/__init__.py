"""The administration's views, one module per area. Each view is thin: it reads the request,
calls the area's logic and renders; every view declares its roles (access.requires)."""

from portal.admin.views import (  # noqa: F401  (each module registers its views on bp)
    audit_log,
    consents,
    dashboard,
    drafts,
    fields,
    history,
    mailings,
    occupations,
    programmes,
    recruitment,
    reference,
    users,
)
