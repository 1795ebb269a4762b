"""The product category tree: add, rename, move under another node, delete when empty."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Category, Product
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.catalog.common import check_version, get_or_404, raise_if, require_name
from app.services.catalog.forms import CategoryRow
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork


def category_row(c: Category) -> CategoryRow:
    return CategoryRow(c.id, c.parent_id, c.name, c.version)


@open_to_all
def list_categories(uow: UnitOfWork) -> list[CategoryRow]:
    """Every category (the screen builds the tree from `parent_id`), by name."""
    with uow:
        return [category_row(c) for c in uow.session.scalars(select(Category).order_by(Category.name_key))]


def subtree_ids(session: Session, category_id: int) -> list[int]:
    """The category and all categories below it."""
    tree = select(Category.id).where(Category.id == category_id).cte("tree", recursive=True)
    tree = tree.union_all(select(Category.id).join(tree, Category.parent_id == tree.c.id))
    return list(session.scalars(select(tree.c.id)))


def _sibling_taken(session: Session, parent_id: int | None, key: str, except_id: int | None = None) -> bool:
    parent = Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id
    stmt = select(Category.id).where(parent, Category.name_key == key)
    if except_id is not None:
        stmt = stmt.where(Category.id != except_id)
    return session.scalar(stmt) is not None


@requires(Area.PRODUCTS, Action.CREATE)
def add_category(uow: UnitOfWork, name: str, *, parent_id: int | None = None) -> CategoryRow:
    """A new category under `parent_id` (None: at the top); names are unique among siblings."""
    errors: dict[str, str] = {}
    name = require_name(name, "name", errors, max_length=150)
    raise_if(errors)
    with uow:
        s = uow.session
        if parent_id is not None:
            get_or_404(s, Category, parent_id, "category")
        if _sibling_taken(s, parent_id, v.fold(name)):
            raise ValidationError({"name": msg("“{name}” already exists here", name=name)})
        category = Category(parent_id=parent_id, name=name, name_key=v.fold(name))
        s.add(category)
        s.flush()
        row = category_row(category)
        uow.commit()
        return row


@requires(Area.PRODUCTS, Action.EDIT)
def rename_category(uow: UnitOfWork, category_id: int, name: str, *, expected_version: int) -> CategoryRow:
    """Rename; raises ValidationError, NotFound or ConcurrentEdit."""
    errors: dict[str, str] = {}
    name = require_name(name, "name", errors, max_length=150)
    raise_if(errors)
    with uow:
        s = uow.session
        category = get_or_404(s, Category, category_id, "category")
        check_version(s, category, expected_version, "category", category_row(category))
        if _sibling_taken(s, category.parent_id, v.fold(name), category_id):
            raise ValidationError({"name": msg("“{name}” already exists here", name=name)})
        category.name, category.name_key = name, v.fold(name)
        s.flush()
        row = category_row(category)
        uow.commit()
        return row


@requires(Area.PRODUCTS, Action.EDIT)
def move_category(uow: UnitOfWork, category_id: int, *, parent_id: int | None,
                  expected_version: int) -> CategoryRow:
    """Put a category (with its subtree) under another one; never under itself or its own descendant."""
    with uow:
        s = uow.session
        category = get_or_404(s, Category, category_id, "category")
        check_version(s, category, expected_version, "category", category_row(category))
        if parent_id is not None:
            get_or_404(s, Category, parent_id, "category")
            if parent_id in subtree_ids(s, category_id):
                raise ValidationError({"parent": msg("a category cannot be moved under itself or its subcategory")})
        if _sibling_taken(s, parent_id, category.name_key, category_id):
            raise ValidationError({"parent": msg("the target already has a category “{name}”", name=category.name)})
        category.parent_id = parent_id
        s.flush()
        row = category_row(category)
        uow.commit()
        return row


@requires(Area.PRODUCTS, Action.DELETE)
def delete_category(uow: UnitOfWork, category_id: int, *, expected_version: int) -> None:
    """Delete an empty category: no subcategories and no products (archived ones count too)."""
    with uow:
        s = uow.session
        category = get_or_404(s, Category, category_id, "category")
        check_version(s, category, expected_version, "category", category_row(category))
        if s.scalar(select(func.count()).where(Category.parent_id == category_id)):
            raise ValidationError({"category": msg("“{name}” has subcategories", name=category.name)})
        products = s.scalar(select(func.count()).where(Product.category_id == category_id))
        if products:
            raise ValidationError({"category": msg("“{name}” still holds {products} product(s)", name=category.name, products=products)})
        s.delete(category)
        uow.commit()
