"""Role shorthands for the views' @requires."""

from portal.models.admin import RoleName

ANY_STAFF = tuple(RoleName)
EDITOR, OFFICER, ADMIN = RoleName.EDITOR, RoleName.CONTACT_OFFICER, RoleName.ADMINISTRATOR
