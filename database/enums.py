"""Closed vocabularies of the register. Stored as their string values."""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP as _N


class Choice(StrEnum):
    """A stored value with an English label (translated by the GUI, context "choices")."""

    @property
    def label(self) -> str:
        return self._labels()[self]

    @classmethod
    def _labels(cls) -> dict:
        raise NotImplementedError


class StakeholderType(Choice):
    UNIVERSITY = "university"
    RESEARCH = "research_organisation"
    CLUSTER = "innovation_cluster"
    PARK = "science_park"
    INCUBATOR = "incubator"
    LARGE_COMPANY = "large_company"
    SME = "sme"
    PUBLIC_BODY = "public_body"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {
            cls.UNIVERSITY: _N("choices", "University"),
            cls.RESEARCH: _N("choices", "Research organisation"),
            cls.CLUSTER: _N("choices", "Innovation cluster"),
            cls.PARK: _N("choices", "Science and technology park"),
            cls.INCUBATOR: _N("choices", "Incubator"),
            cls.LARGE_COMPANY: _N("choices", "Large company"),
            cls.SME: _N("choices", "SME"),
            cls.PUBLIC_BODY: _N("choices", "Public body"),
            cls.OTHER: _N("choices", "Other"),
        }


class CompanySize(Choice):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"

    @classmethod
    def _labels(cls):
        return {
            cls.MICRO: _N("choices", "Micro (under 10)"),
            cls.SMALL: _N("choices", "Small (10–49)"),
            cls.MEDIUM: _N("choices", "Medium (50–249)"),
            cls.LARGE: _N("choices", "Large (250 and over)"),
        }


class SectorKind(Choice):
    AREA = "area"
    DRIVER = "driver"
    TRAJECTORY = "trajectory"

    @classmethod
    def _labels(cls):
        return {
            cls.AREA: _N("choices", "S3 area"),
            cls.DRIVER: _N("choices", "Cross-cutting driver"),
            cls.TRAJECTORY: _N("choices", "Technology trajectory"),
        }


class Scheme(Choice):
    VANGUARD = "vanguard"
    ERANET = "eranet"
    INTERREG = "interreg"
    HORIZON = "horizon_europe"
    BILATERAL = "bilateral"
    NETWORK = "network"
    OTHER = "other"

    @classmethod
    def _labels(cls):
        return {
            cls.VANGUARD: _N("choices", "Vanguard Initiative pilot"),
            cls.ERANET: _N("choices", "ERA-NET"),
            cls.INTERREG: _N("choices", "Interreg programme"),
            cls.HORIZON: _N("choices", "Horizon Europe project"),
            cls.BILATERAL: _N("choices", "Bilateral agreement"),
            cls.NETWORK: _N("choices", "Network or platform"),
            cls.OTHER: _N("choices", "Other"),
        }


class PartnershipStatus(Choice):
    IDEA = "idea"
    PREPARATION = "in_preparation"
    SUBMITTED = "submitted"
    ACTIVE = "active"
    CLOSED = "closed"
    NOT_FUNDED = "not_funded"

    @classmethod
    def _labels(cls):
        return {
            cls.IDEA: _N("choices", "Idea"),
            cls.PREPARATION: _N("choices", "In preparation"),
            cls.SUBMITTED: _N("choices", "Submitted"),
            cls.ACTIVE: _N("choices", "Active"),
            cls.CLOSED: _N("choices", "Closed"),
            cls.NOT_FUNDED: _N("choices", "Not funded"),
        }


class ParticipantRole(Choice):
    COORDINATOR = "coordinator"
    PARTNER = "partner"
    ASSOCIATED = "associated_partner"
    OBSERVER = "observer"

    @classmethod
    def _labels(cls):
        return {
            cls.COORDINATOR: _N("choices", "Coordinator / lead"),
            cls.PARTNER: _N("choices", "Partner"),
            cls.ASSOCIATED: _N("choices", "Associated partner"),
            cls.OBSERVER: _N("choices", "Observer"),
        }


class RegionRole(Choice):
    LEAD = "lead"
    PARTNER = "partner"
    OBSERVER = "observer"

    @classmethod
    def _labels(cls):
        return {
            cls.LEAD: _N("choices", "Lead region"),
            cls.PARTNER: _N("choices", "Partner region"),
            cls.OBSERVER: _N("choices", "Observer region"),
        }


class InteractionKind(Choice):
    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    EVENT = "event"

    @classmethod
    def _labels(cls):
        return {
            cls.MEETING: _N("choices", "Meeting"),
            cls.CALL: _N("choices", "Call"),
            cls.VISIT: _N("choices", "Visit"),
            cls.EVENT: _N("choices", "Event"),
        }
