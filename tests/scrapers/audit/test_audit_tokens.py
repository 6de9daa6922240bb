"""Brand API tokens: printed once, stored only hashed, verified per brand."""

from __future__ import annotations

from sqlalchemy import select, update

from scrapers.audit.brands import save_brand
from scrapers.audit.matching import BrandSpec
from scrapers.audit.tokens import create_brand_token, verify_brand_token
from scrapers.store.database import open_store, transaction
from scrapers.store.schema import BrandToken


def test_token_round_trip_and_rejections(store_url: str) -> None:
    engine = open_store(store_url)
    with transaction(engine) as session:
        velvoria = save_brand(session, BrandSpec("velvoria", "Velvoria"))
        save_brand(session, BrandSpec("trailbrook", "Trailbrook"))
        token = create_brand_token(session, velvoria)
    with transaction(engine) as session:
        stored = session.scalars(select(BrandToken.token_hash)).all()
        assert len(stored) == 1 and token.split("_", 2)[2] not in stored[0]
        assert stored[0].startswith("scrypt$")
        assert verify_brand_token(session, "velvoria", token)
        assert not verify_brand_token(session, "trailbrook", token)
        assert not verify_brand_token(session, "velvoria", token[:-1] + "x")
        assert not verify_brand_token(session, "velvoria", "tpb_nope_nope")
        assert not verify_brand_token(session, "velvoria", "")
        session.execute(update(BrandToken).values(revoked=True))
    with transaction(engine) as session:
        assert not verify_brand_token(session, "velvoria", token)
    engine.dispose()
