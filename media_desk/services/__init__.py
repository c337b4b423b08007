"""Every write on the media desk. Each service validates, saves, refreshes the deadlines."""

from .briefings import (
    briefing_schedule_start,
    mp_briefing_record_held,
    mp_briefings_daily,
)
from .corrections import correction_request, correction_update
from .disclosure import disclosure_publish, disclosure_update, disclosure_withdraw
from .foi import (
    foi_clarification_receive,
    foi_clarification_request,
    foi_fee_receive,
    foi_fees_notice_send,
    foi_review_complete,
    foi_review_extend,
    foi_review_request,
)
from .foi_decision import DecisionData, foi_decision_record, foi_extension_record
from .foi_letters import foi_letter_draft
from .items import (
    enquiry_assign,
    enquiry_close,
    enquiry_log,
    enquiry_refer_to_foi,
    enquiry_update,
    register_add,
    register_update,
)
from .lines import enquiry_line_use, line_create, line_update
from .policies import sla_policies_ensure
from .press import press_release_issue, press_release_save
from .replies import enquiry_respond, enquiry_send_holding_reply, enquiry_sign_off
from .requesters import enquiry_requester_add_to_register, enquiry_requester_link

__all__ = [
    "briefing_schedule_start",
    "mp_briefing_record_held",
    "mp_briefings_daily",
    "correction_request",
    "correction_update",
    "disclosure_publish",
    "disclosure_update",
    "disclosure_withdraw",
    "press_release_issue",
    "press_release_save",
    "enquiry_assign",
    "enquiry_close",
    "enquiry_line_use",
    "enquiry_log",
    "enquiry_refer_to_foi",
    "enquiry_requester_add_to_register",
    "enquiry_requester_link",
    "enquiry_respond",
    "enquiry_send_holding_reply",
    "enquiry_sign_off",
    "enquiry_update",
    "sla_policies_ensure",
    "DecisionData",
    "foi_decision_record",
    "foi_extension_record",
    "foi_letter_draft",
    "foi_clarification_receive",
    "foi_clarification_request",
    "foi_fee_receive",
    "foi_fees_notice_send",
    "foi_review_complete",
    "foi_review_extend",
    "foi_review_request",
    "line_create",
    "line_update",
    "register_add",
    "register_update",
]
