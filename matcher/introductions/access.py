"""What a viewer may see of organisations: contact persons and the real name of an anonymous profile once an
introduction between the two organisations has been accepted by both sides (the rule itself is in
`matcher.auth.policies`; this module knows the introductions it depends on)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.auth.policies import is_staff, shown_name
from matcher.auth.schemas import OrganisationView
from matcher.introductions.repository import IntroductionRepository
from matcher.introductions.schemas import CONTACT_STATUSES
from matcher.profiles.models import Organisation
from matcher.profiles.schemas import Contact
from matcher.profiles.service import to_public


class Access:
    """What a viewer may see of organisations."""

    def __init__(self, session: Session, viewer: User | None) -> None:
        self.session = session
        self.viewer = viewer
        self._introduced: set[int] | None = None

    def introduced(self) -> set[int]:
        """Organisations the viewer's organisation has an introduction with that both sides accepted."""
        if self._introduced is None:
            org_id = self.viewer.organisation_id if self.viewer is not None else None
            self._introduced = (
                IntroductionRepository(self.session).partners_with_status([org_id], CONTACT_STATUSES)[org_id]
                if org_id is not None
                else set()
            )
        return self._introduced

    def sees_contacts(self, org_id: int) -> bool:
        viewer = self.viewer
        if viewer is None:
            return False
        if is_staff(viewer):
            return True
        if viewer.organisation_id is None:
            return False
        return viewer.organisation_id == org_id or org_id in self.introduced()

    def name_of(self, org: Organisation) -> str:
        return shown_name(org, org.visibility == "anonymous" and self.sees_contacts(org.id))

    def view(self, org: Organisation) -> OrganisationView:
        """The profile as this viewer may see it."""
        view = OrganisationView.model_validate(to_public(org).model_dump())
        if self.sees_contacts(org.id):
            view.name = org.name
            view.website = org.website
            view.contacts = [
                Contact(name=c.name, role=c.role, email=c.email, phone=c.phone) for c in org.contacts
            ]
        return view
