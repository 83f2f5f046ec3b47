"""Writes of the outbox. Callers queue messages inside their own transaction; the task worker
delivers them after commit (tasks.deliver_message), and a scheduled job retries failures.

Public interface (used by other apps):

- message_queue(*, channel, to, template, context, language, dedupe_key=None, ref=None,
  sensitive=False) -> OutboundMessage | None
- notify(*, event, recipients, context, ref=None, dedupe_base=None, sensitive=False)
  -> list[OutboundMessage]
- email_send_after_commit(message, *, template="", sensitive=False, ref=None)
- sms_send_after_commit(*, to, body, template="", sensitive=False, ref=None)
- message_retry(*, message, actor, request=None) -> OutboundMessage  (staff)
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.mail.message import make_msgid
from django.core.mail.utils import DNS_NAME
from django.db import IntegrityError, models, transaction
from django.http import HttpRequest
from django.template import Engine, TemplateDoesNotExist
from django.template.backends.django import get_installed_libraries
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cooplab.core.audit import audit_log
from cooplab.core.phone import try_normalize_phone

from .models import Channel, MessageStatus, OutboundMessage
from .sms import send_sms

logger = logging.getLogger(__name__)

TEMPLATE_KEY = re.compile(r"^[a-z0-9_]+(?:/[a-z0-9_]+)*$")
#: Templates whose text carries a secret: always recorded as sensitive.
SENSITIVE_TEMPLATES = frozenset({"orders/cod_confirm"})
DEDUPE_KEY_MAX = 200

#: What a message is about: a model instance, or ("app_label.Model", id).
Ref = models.Model | tuple[str, str | int] | None


@dataclass(frozen=True)
class Recipient:
    """Someone to notify. `channels` says which of email and SMS they get (when they have the
    address); `language` is theirs (ar, fr, en), else the site's default."""

    name: str = ""
    email: str = ""
    phone: str = ""
    language: str = ""
    channels: tuple[str, ...] = (Channel.EMAIL, Channel.SMS)

    @classmethod
    def for_user(cls, user: Any, *, channels: tuple[str, ...] | None = None) -> Recipient:
        """A recipient from an accounts.User (read by attribute: no import of accounts)."""
        return cls(
            name=user.get_full_name() or "",
            email=user.email or "",
            phone=user.phone or "",
            language=user.preferred_language or "",
            channels=channels if channels is not None else (Channel.EMAIL, Channel.SMS),
        )


def ref_of(ref: Ref) -> tuple[str, str]:
    """("orders.CooperativeOrder", "42") for an instance or a pair; ("", "") for None."""
    if ref is None:
        return "", ""
    if isinstance(ref, models.Model):
        return ref._meta.label, str(ref.pk)
    ref_type, ref_id = ref
    return str(ref_type), str(ref_id)


def clean_recipient(channel: str, to: str) -> str | None:
    """The address in canonical form (E.164 for SMS), or None when it cannot receive."""
    to = (to or "").strip()
    if channel == Channel.SMS:
        return try_normalize_phone(to) if to else None
    if channel == Channel.EMAIL:
        return to if "@" in to and len(to) <= 254 else None
    raise ValueError(f"Unknown channel {channel!r}")


def message_language(language: str | None) -> str:
    languages = cast(list[tuple[str, Any]], settings.LANGUAGES)
    codes = {code for code, _name in languages}
    return language if language in codes else settings.LANGUAGE_CODE


def message_render(
    *, channel: str, template: str, context: Mapping[str, Any], language: str
) -> tuple[str, str, str]:
    """(subject, text, html) from templates/notifications/<template>_{subject,body,sms}.txt
    (and the optional _body.html), in `language`."""
    if not TEMPLATE_KEY.match(template):
        raise ValueError(f"Invalid message template key {template!r}")
    prefix = f"notifications/{template}"
    ctx = dict(context)
    text = _text_engine()
    with translation.override(message_language(language)):
        if channel == Channel.SMS:
            return "", _one_line(text.render_to_string(f"{prefix}_sms.txt", ctx)), ""
        subject = _one_line(text.render_to_string(f"{prefix}_subject.txt", ctx))
        body = _tidy_text(text.render_to_string(f"{prefix}_body.txt", ctx))
        try:
            html_template = get_template(f"{prefix}_body.html")
        except TemplateDoesNotExist:
            return subject, body, ""
        return subject, body, html_template.render(ctx)


@functools.cache
def _text_engine() -> Engine:
    """The project's templates without HTML escaping: plain-text subjects, bodies and SMS must
    show "d'Argan & Co", not "d&#x27;Argan &amp; Co"."""
    options = cast(dict[str, Any], settings.TEMPLATES[0])
    return Engine(
        dirs=[str(path) for path in options.get("DIRS", [])],
        app_dirs=bool(options.get("APP_DIRS")),
        autoescape=False,
        libraries=get_installed_libraries(),
    )


def message_queue(
    *,
    channel: str,
    to: str,
    template: str,
    context: Mapping[str, Any],
    language: str,
    dedupe_key: str | None = None,
    ref: Ref = None,
    sensitive: bool = False,
) -> OutboundMessage | None:
    """Render and record one message in the caller's transaction; it is delivered after commit
    (a rollback removes it). The same `dedupe_key` returns the message already recorded and
    records nothing new. None when `to` cannot receive on this channel (empty, not a mobile)."""
    recipient = clean_recipient(channel, to)
    if recipient is None:
        logger.info("No %s message %s: no usable address %r", channel, template, to)
        return None
    key = _dedupe_key(dedupe_key)
    if key is not None:
        existing = OutboundMessage.objects.filter(dedupe_key=key).first()
        if existing is not None:
            return existing
    language = message_language(language)
    subject, body, html_body = message_render(
        channel=channel, template=template, context=context, language=language
    )
    ref_type, ref_id = ref_of(ref)
    return _record(
        channel=channel,
        recipient=recipient,
        language=language,
        subject=subject,
        body=body,
        html_body=html_body,
        template=template,
        sensitive=sensitive or template in SENSITIVE_TEMPLATES,
        dedupe_key=key,
        ref_type=ref_type,
        ref_id=ref_id,
    )


def notify(
    *,
    event: str,
    recipients: Iterable[Recipient],
    context: Mapping[str, Any],
    ref: Ref = None,
    dedupe_base: str | None = None,
    sensitive: bool = False,
) -> list[OutboundMessage]:
    """Queue the `event` template (e.g. "orders/shipped") by email and/or SMS to each recipient,
    each in their language, with `recipient` added to the context. With `dedupe_base` (unique
    per occurrence of the event, e.g. f"coop-order-{coop_order.pk}-shipped"), each message's
    dedupe key is "<dedupe_base>|<event>|<channel>|<address>": calling again sends nothing new."""
    queued = []
    for person in recipients:
        for channel, address in ((Channel.EMAIL, person.email), (Channel.SMS, person.phone)):
            if channel not in person.channels or not address:
                continue
            clean = clean_recipient(channel, address)
            if clean is None:
                continue
            key = f"{dedupe_base}|{event}|{channel}|{clean}" if dedupe_base else None
            message = message_queue(
                channel=channel,
                to=clean,
                template=event,
                context={**context, "recipient": person},
                language=person.language,
                dedupe_key=key,
                ref=ref,
                sensitive=sensitive,
            )
            if message is not None:
                queued.append(message)
    return queued


def email_send_after_commit(
    message: EmailMessage, *, template: str = "", sensitive: bool = False, ref: Ref = None
) -> list[OutboundMessage]:
    """Queue an email composed elsewhere (allauth, cooperatives): one outbox row per address
    in `to`, delivered after commit."""
    html_body = ""
    if isinstance(message, EmailMultiAlternatives):
        html_body = next(
            (str(content) for content, mimetype in message.alternatives if mimetype == "text/html"),
            "",
        )
    ref_type, ref_id = ref_of(ref)
    recorded = []
    for address in message.to:
        recipient = clean_recipient(Channel.EMAIL, address)
        if recipient is None:
            continue
        recorded.append(
            _record(
                channel=Channel.EMAIL,
                recipient=recipient,
                sender=str(message.from_email or ""),
                language=message_language(translation.get_language()),
                subject=_one_line(str(message.subject))[:255],
                body=str(message.body),
                html_body=html_body,
                template=template[:100],
                sensitive=sensitive,
                dedupe_key=None,
                ref_type=ref_type,
                ref_id=ref_id,
            )
        )
    return recorded


def sms_send_after_commit(
    *, to: str, body: str, template: str = "", sensitive: bool = False, ref: Ref = None
) -> OutboundMessage | None:
    """Queue an SMS composed elsewhere, delivered after commit. None if `to` is not a mobile."""
    recipient = clean_recipient(Channel.SMS, to)
    if recipient is None:
        logger.info("No SMS %s: no usable number %r", template, to)
        return None
    ref_type, ref_id = ref_of(ref)
    return _record(
        channel=Channel.SMS,
        recipient=recipient,
        language=message_language(translation.get_language()),
        body=body,
        template=template[:100],
        sensitive=sensitive,
        dedupe_key=None,
        ref_type=ref_type,
        ref_id=ref_id,
    )


def message_deliver(*, message_id: int) -> str:
    """Send one message, at most once per claim: lock the row, claim it (queued, failed and
    due, or stuck in sending), send outside the transaction, record the outcome. Returns the
    status afterwards ("missing" for an unknown id). Safe to call twice: the second call finds
    the message no longer claimable and does nothing."""
    now = timezone.now()
    with transaction.atomic():
        message = OutboundMessage.objects.select_for_update().filter(pk=message_id).first()
        if message is None:
            return "missing"
        if not _claimable(message, now):
            return message.status
        if message.attempts >= settings.NOTIFICATIONS_MAX_ATTEMPTS and message.status in (
            MessageStatus.SENDING,
            MessageStatus.FAILED,
        ):
            # Interrupted during its last allowed attempt: give up (staff may retry by hand).
            message.status = MessageStatus.FAILED
            message.last_error = message.last_error or "Interrupted while sending."
            message.next_attempt_at = None
            message.save(update_fields=["status", "last_error", "next_attempt_at"])
            return message.status
        message.status = MessageStatus.SENDING
        message.attempts += 1
        message.last_attempt_at = now
        message.next_attempt_at = None
        message.save(update_fields=["status", "attempts", "last_attempt_at", "next_attempt_at"])
    attempt = message.attempts
    claimed = OutboundMessage.objects.filter(
        pk=message.pk, status=MessageStatus.SENDING, attempts=attempt
    )
    try:
        provider_id = _send(message)
    except Exception as error:  # any failure of a provider is recorded, then retried
        logger.warning("Message %s (%s) failed: %s", message.pk, message.template, error)
        failed_at = timezone.now()
        claimed.update(
            status=MessageStatus.FAILED,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            next_attempt_at=(
                failed_at + retry_delay(attempt)
                if attempt < settings.NOTIFICATIONS_MAX_ATTEMPTS
                else None
            ),
        )
        return MessageStatus.FAILED
    sent: dict[str, Any] = {
        "status": MessageStatus.SENT,
        "sent_at": timezone.now(),
        "provider_message_id": (provider_id or "")[:255],
        "last_error": "",
    }
    if message.sensitive:
        sent.update(body="", html_body="")  # the secret has left: do not keep it
    claimed.update(**sent)
    return MessageStatus.SENT


def retry_delay(attempt: int) -> dt.timedelta:
    """Wait before the next attempt after `attempt` failed ones: 1, 4, 16, 64… × the base
    delay (NOTIFICATIONS_RETRY_DELAY seconds), at most 6 hours."""
    seconds = settings.NOTIFICATIONS_RETRY_DELAY * 4 ** max(attempt - 1, 0)
    return dt.timedelta(seconds=min(seconds, 6 * 3600))


def messages_retry_due(*, now: dt.datetime | None = None, limit: int = 500) -> list[int]:
    """Enqueue delivery of the messages that need another try: failed ones whose delay has
    passed, ones stuck in "sending" (a worker died mid-send) and queued ones whose delivery
    task never ran (lost after commit). Returns their ids."""
    now = now or timezone.now()
    stale = now - dt.timedelta(minutes=settings.NOTIFICATIONS_STUCK_MINUTES)
    due = (
        OutboundMessage.objects.filter(
            models.Q(
                status=MessageStatus.FAILED,
                attempts__lt=settings.NOTIFICATIONS_MAX_ATTEMPTS,
                next_attempt_at__lte=now,
            )
            | models.Q(status=MessageStatus.SENDING, last_attempt_at__lt=stale)
            | models.Q(status=MessageStatus.QUEUED, created_at__lt=stale)
        )
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
    ids = list(due)
    for message_id in ids:
        _enqueue(message_id)
    return ids


def message_retry(
    *, message: OutboundMessage, actor: Any, request: HttpRequest | None = None
) -> OutboundMessage:
    """Staff: send a failed message again now, whatever its attempts so far."""
    with transaction.atomic():
        locked = OutboundMessage.objects.select_for_update().get(pk=message.pk)
        if locked.status != MessageStatus.FAILED:
            raise ValidationError(_("Only a failed message can be sent again."), code="not_failed")
        locked.status = MessageStatus.QUEUED
        locked.next_attempt_at = None
        locked.save(update_fields=["status", "next_attempt_at"])
        audit_log(
            action="notifications.message_retry",
            actor=actor,
            target=locked,
            request=request,
            data={"attempts": locked.attempts, "last_error": locked.last_error[:200]},
        )
        message_id = locked.pk
        transaction.on_commit(lambda: _enqueue(message_id), robust=True)
    return locked


# --- internals --------------------------------------------------------------------------------


def _record(**fields: Any) -> OutboundMessage:
    """Insert the row (in a savepoint, so a duplicate dedupe key leaves the caller's transaction
    usable) and enqueue its delivery on commit."""
    dedupe_key = fields.get("dedupe_key")
    try:
        with transaction.atomic():
            message = OutboundMessage.objects.create(**fields)
    except IntegrityError:
        if dedupe_key:
            existing = OutboundMessage.objects.filter(dedupe_key=dedupe_key).first()
            if existing is not None:
                return existing
        raise
    message_id = message.pk
    # robust: a failing enqueue must not break the caller's other on-commit work; the message
    # stays queued and the retry job picks it up.
    transaction.on_commit(lambda: _enqueue(message_id), robust=True)
    return message


def _enqueue(message_id: int) -> None:
    from .tasks import deliver_message  # tasks import this module

    deliver_message.enqueue(message_id=message_id)


def _claimable(message: OutboundMessage, now: dt.datetime) -> bool:
    if message.status == MessageStatus.QUEUED:
        return True
    if message.status == MessageStatus.FAILED:
        return message.attempts < settings.NOTIFICATIONS_MAX_ATTEMPTS and (
            message.next_attempt_at is None or message.next_attempt_at <= now
        )
    if message.status == MessageStatus.SENDING:
        stale = now - dt.timedelta(minutes=settings.NOTIFICATIONS_STUCK_MINUTES)
        return message.last_attempt_at is None or message.last_attempt_at < stale
    return False


def _send(message: OutboundMessage) -> str | None:
    if message.channel == Channel.SMS:
        return send_sms(to=message.recipient, body=message.body)
    message_id = make_msgid(domain=str(DNS_NAME))
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body,
        from_email=message.sender or None,
        to=[message.recipient],
        headers={"Message-ID": message_id},
    )
    if message.html_body:
        email.attach_alternative(message.html_body, "text/html")
    if email.send() != 1:
        raise RuntimeError("The email backend sent nothing.")
    return message_id


def _dedupe_key(key: str | None) -> str | None:
    if not key:
        return None
    if len(key) <= DEDUPE_KEY_MAX:
        return key
    return "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _tidy_text(text: str) -> str:
    """Trim the rendered body: no trailing spaces, at most one blank line in a row."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"
